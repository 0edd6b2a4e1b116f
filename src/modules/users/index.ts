import { defineModule } from '../../platform/module.ts';
import { usersErrors } from './errors.ts';
import { userRoutes } from './routes.ts';
import { UserSchema } from './schemas.ts';

/** The users module's manifest (src/platform/module.ts). */
export const usersModule = defineModule({
  name: 'users',
  errors: usersErrors,
  policies: {
    'users.read': ['admin', 'supervisor'],
    'users.write': ['admin'],
  },
  schemas: [UserSchema],
  routes: userRoutes,
});
