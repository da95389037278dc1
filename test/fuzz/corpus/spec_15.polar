actor User {}
resource Document {
  roles = ["viewer", "editor", "owner"];
  permissions = ["read", "edit", "share", "manage_access", "delete"];
  relations = { creator: User };
  "owner" if "creator";  "editor" if "owner";  "viewer" if "editor";
  "read" if "viewer";  "edit" if "editor";  "share" if "editor";
  "manage_access" if "owner";  "delete" if "owner";
}
