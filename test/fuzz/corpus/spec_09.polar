has_role(User{"bob"}, "owner", Organization{"acme"});            # role on a resource
has_role(User{"alice"}, "admin");                                 # global role
has_role(Group{"eng"}, "reader", Repository{"anvil"});            # any actor can hold roles
has_role(User{"dee"}, Role{"accountant"}, Organization{"acme"});  # custom role as an entity
has_relation(Repository{"anvil"}, "organization", Organization{"acme"});
is_public(Repository{"anvil"});                                   # attribute as presence
is_protected(Repository{"anvil"}, false);                         # attribute with a value
expires_at(File{"report.pdf"}, 1767225600);                       # Integer attribute
