declare has_status(Document, String);  declare has_status(Folder, String);
declare audit_tag(Resource, String, Integer);
