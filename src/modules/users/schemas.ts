import { Type } from '@sinclair/typebox';
import { ROLES } from '../../platform/auth/principal.ts';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';

export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));
export const LocaleSchema = Type.Union([Type.Literal('fr'), Type.Literal('en')]);
const DisplayName = Type.String({ minLength: 1, maxLength: 120, pattern: '\\S' });

export const UserSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    login: Type.Union([Type.String(), Type.Null()]),
    displayName: Type.String(),
    role: RoleSchema,
    locale: LocaleSchema,
    active: Type.Boolean(),
    mustChangePassword: Type.Boolean(),
    customerAccountId: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    version: Type.Integer(),
  },
  { $id: 'User' },
);

export const UserList = pageOf(Type.Ref('User'));

export const UserListQuery = listQuery(['email', 'displayName', 'role', 'createdAt', 'lastLoginAt'], {
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Searches e-mail, name and username' })),
  role: Type.Optional(RoleSchema),
  active: Type.Optional(Type.Boolean()),
});

export const CreateUserBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    displayName: DisplayName,
    role: RoleSchema,
    login: Type.Optional(Type.String({ minLength: 3, maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' })),
    locale: Type.Optional(LocaleSchema),
    customerAccountId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);

export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(DisplayName),
    role: Type.Optional(RoleSchema),
    active: Type.Optional(Type.Boolean()),
    locale: Type.Optional(LocaleSchema),
  },
  { additionalProperties: false, minProperties: 1 },
);
