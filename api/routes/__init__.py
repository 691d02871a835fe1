"""The API's routers, one module per resource; api/app.py mounts them in this order."""
