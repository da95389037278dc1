# Stress shape: folders nested 50 deep. Policy A.2 of the language reference.
actor User {}
resource Folder {
  roles = ["viewer", "editor"];
  permissions = ["read", "write"];
  relations = { parent: Folder };
  role if role on "parent";                          # roles flow down the folder tree
  "viewer" if "editor";  "read" if "viewer";  "write" if "editor";
}
resource Document {
  roles = ["viewer", "editor"];
  permissions = ["read", "write"];
  relations = { folder: Folder };
  role if role on "folder";
  "viewer" if "editor";  "read" if "viewer";  "write" if "editor";
}
