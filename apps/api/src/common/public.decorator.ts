import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'habeas:public';
/** Marks a route that needs no session (health, login, the calendar feed with its own token). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
