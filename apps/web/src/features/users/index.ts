/** Staff accounts (administrators): /users, /users/new, /users/:id. */
export { UserCreatePage } from './UserCreatePage';
export { UserDetailPage } from './UserDetailPage';
export { UsersListPage } from './UsersListPage';
export { generatePassword, getUser, searchUserOptions, userKeys, useUser } from './users-api';
