import { Outlet } from 'react-router';
import { SessionProvider } from './SessionProvider';

/** The root route: the session around everything, the login page included. */
export function SessionRoot() {
  return (
    <SessionProvider>
      <Outlet />
    </SessionProvider>
  );
}
