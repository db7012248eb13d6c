import type { Action, Subject } from '@habeas/shared';
import {
  IconBook2,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconClockExclamation,
  IconFileText,
  IconFolders,
  IconHistory,
  IconLayoutDashboard,
  IconUserShield,
  IconUsers,
  type TablerIcon,
} from '@tabler/icons-react';

export interface NavItem {
  /** Key under `nav.` in the translation files. */
  key:
    | 'dashboard'
    | 'persons'
    | 'cases'
    | 'events'
    | 'sources'
    | 'organisations'
    | 'legalProvisions'
    | 'appeals'
    | 'reports'
    | 'audit'
    | 'users';
  path: string;
  icon: TablerIcon;
  /** Shown only to roles allowed this (the shared policy); everyone else does not see the item. */
  requires?: { action: Action; subject: Subject };
}

/** The sidebar, in order. A path with no route yet falls through to the Not found page. */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'dashboard', path: '/', icon: IconLayoutDashboard },
  { key: 'persons', path: '/persons', icon: IconUsers },
  { key: 'cases', path: '/cases', icon: IconFolders },
  { key: 'events', path: '/events', icon: IconCalendarEvent },
  { key: 'sources', path: '/sources', icon: IconFileText },
  { key: 'organisations', path: '/organisations', icon: IconBuildingCommunity },
  { key: 'legalProvisions', path: '/legal-provisions', icon: IconBook2 },
  { key: 'appeals', path: '/appeals', icon: IconClockExclamation },
  { key: 'reports', path: '/reports', icon: IconChartBar },
  { key: 'audit', path: '/audit', icon: IconHistory, requires: { action: 'read', subject: 'AuditTrail' } },
  { key: 'users', path: '/users', icon: IconUserShield, requires: { action: 'read', subject: 'User' } },
];
