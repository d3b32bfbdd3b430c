"""The service's OpenAPI 3.1 document, written from the route table.

>>> doc = openapi()
>>> doc["openapi"], sorted(doc["paths"]["/v1/render"])
('3.1.0', ['post'])
"""

from __future__ import annotations

from typing import Any

from ._routes import ROUTES, Param, Route

ERRORS = {
    400: "BadRequest: the body is not JSON, or the path or query is not UTF-8",
    404: "Unknown market, language or intent (or no such route)",
    408: "RequestTimeout: the body did not arrive within the time limit",
    413: "PayloadTooLarge: the body is over the size limit",
    415: "UnsupportedMediaType: a POST body must be application/json in UTF-8",
    422: "An invalid option, value, date, amount or template",
    503: "ServiceUnavailable: too many requests in flight; retry",
    504: "GatewayTimeout: the answer took longer than the time limit",
}
_SCHEMAS = {
    "string": {"type": "string"},
    "date": {"type": "string", "format": "date"},
    "date-time": {"type": "string", "format": "date-time"},
    "integer": {"type": "integer"},
    "boolean": {"type": "boolean"},
    "number": {"type": "string", "pattern": r"^-?\d+(\.\d+)?$"},
}
ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "type", "message"],
            "properties": {
                "status": {"type": "integer"},
                "type": {
                    "type": "string",
                    "description": "the globalcs error class (UnknownMarketError, "
                    "InvalidOptionError ...) or the HTTP condition (PayloadTooLarge ...)",
                },
                "message": {"type": "string"},
            },
        }
    },
}


def _parameter(param: Param) -> dict[str, Any]:
    return {
        "name": param.name,
        "in": param.where,
        "required": param.required or param.where == "path",
        "description": param.doc,
        "schema": _SCHEMAS[param.kind],
    }


def _operation(route: Route) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": route.handler.__name__,
        "summary": route.summary,
        "tags": [route.tag],
        "parameters": [_parameter(p) for p in route.params],
        "responses": {
            "200": {
                "description": "the answer",
                "content": {"application/json": {"schema": {"type": route.returns}}},
            },
            **{
                str(status): {
                    "description": text,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                }
                for status, text in ERRORS.items()
            },
        },
    }
    if route.body:
        types = {"string": "string", "object": "object", "number": "number"}
        operation["requestBody"] = {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": [f.name for f in route.body if f.required],
                        "properties": {
                            f.name: {
                                "type": [types.get(t, t) for t in f.types]
                                if len(f.types) > 1
                                else types.get(f.types[0], f.types[0]),
                                "description": f.doc,
                            }
                            for f in route.body
                        },
                    }
                }
            },
        }
    return operation


def openapi(version: str = "0") -> dict[str, Any]:
    """The OpenAPI 3.1 document of every route in the table."""
    paths: dict[str, dict[str, Any]] = {}
    for route in ROUTES:
        paths.setdefault(route.path, {})[route.method.lower()] = _operation(route)
    paths["/openapi.json"] = {
        "get": {
            "operationId": "openapi",
            "summary": "This document",
            "tags": ["service"],
            "responses": {
                "200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}
            },
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "globalcs",
            "version": version,
            "description": "Market profiles, messages and business time for customer "
            "service abroad, over HTTP. Errors are JSON: {error: {status, type, message}}.",
        },
        "paths": paths,
        "components": {"schemas": {"Error": ERROR_SCHEMA}},
    }
