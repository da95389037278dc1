actor User {}

resource Repo {
  permissions = ["read"];
  "read" if "nope";
}
