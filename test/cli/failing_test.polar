actor User {}
resource Repository {
  permissions = ["read"];
}
test "nobody reads" {
  assert allow(User{"x"}, "read", Repository{"y"});
}
