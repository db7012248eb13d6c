-- AlterEnum
ALTER TYPE "search_scope" ADD VALUE 'appeals';

