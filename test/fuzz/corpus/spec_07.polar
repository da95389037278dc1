has_permission(_: User, "read", doc: Document) if
  released matches Integer and release_time(doc, released) and released <= @current_unix_time;
