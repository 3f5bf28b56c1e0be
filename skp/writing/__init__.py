"""Writing workbooks from mappings: the official templates and pre-filled SKPs."""
