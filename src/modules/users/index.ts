import { defineModule } from '../../platform/module.ts';
import { userRoutes } from './routes.ts';
import { UserSchema } from './schemas.ts';

/** The users module's manifest (src/platform/module.ts). */
export const usersModule = defineModule({
  name: 'users',
  schemas: [UserSchema],
  routes: userRoutes,
});
