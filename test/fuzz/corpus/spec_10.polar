resource Plan {}  resource Feature {}
plan_quota(Plan{"team"}, Feature{"repository"}, 10);
plan_quota(Plan{"enterprise"}, Feature{"repository"}, 500);
