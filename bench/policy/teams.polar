# Stress shape: teams nested 10 deep; hub teams with 1,000 direct members grant repository roles.
# Facts: has_member(Team, User), subteam_of(Team sub, Team parent), has_role(Team, role, Repository),
#        has_role(User, role, Repository).
actor User {}
actor Team {}
resource Repository {
  roles = ["reader", "writer"];
  permissions = ["read", "push"];
  "reader" if "writer";
  "read" if "reader";
  "push" if "writer";
}
# Linear recursion: a member of a subteam is a member of every team above it.
member_of(user: User, team: Team) if has_member(team, user);
member_of(user: User, team: Team) if
  sub matches Team and member_of(user, sub) and subteam_of(sub, team);
has_role(user: User, role: String, repo: Repository) if
  team matches Team and member_of(user, team) and has_role(team, role, repo);
