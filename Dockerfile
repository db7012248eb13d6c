# The Habeas app (API + web UI) for servers; docker-compose.yml runs it with PostgreSQL.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
# A placeholder URL: `prisma generate` reads no database but insists on one.
RUN DATABASE_URL=postgresql://build@localhost/build npm ci --no-audit --no-fund \
 && npx turbo run build --filter=@habeas/api --filter=@habeas/web

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 HABEAS_DATA_DIR=/var/lib/habeas
WORKDIR /app
COPY --from=build /app /app
RUN mkdir -p /var/lib/habeas && chown node:node /var/lib/habeas
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]
