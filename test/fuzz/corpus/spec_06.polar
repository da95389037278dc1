has_permission(_: User, "read", _: Organization);    # every user may read every organization
has_relation(Field{"email"}, "parent", _: Account);   # every account has an email field
