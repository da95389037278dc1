resource File { roles = ["viewer"]; permissions = ["read"]; relations = { owner: User };
                "read" if "viewer"; "viewer" if "owner"; }
resource Spreadsheet extends File { permissions = ["edit_formulas"]; "edit_formulas" if "owner"; }
