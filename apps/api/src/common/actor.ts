import type { Role } from '@habeas/shared';

/**
 * Who is acting and from where: passed explicitly from controllers to
 * services, so every rule and every audit entry knows its actor.
 */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  assignedCaseIds: string[];
  sessionId: string;
  requestId: string;
  ipAddress: string | null;
  userAgent: string | null;
}

/** The context of a request with no logged-in user (login, failed login). */
export interface RequestMeta {
  requestId: string;
  ipAddress: string | null;
  userAgent: string | null;
}
