using FollowUp.Orchestrations.Intake;

namespace FollowUp.Orchestrations.Operations.ApiDescription;

/// <summary>
/// <c>GET /api/openapi.json</c>: DESIGN §2 as an OpenAPI 3.0 document, the same from every host. Kept
/// as written JSON so it reads like the contract it is; a test holds its paths and methods equal to
/// the Functions app's routes.
/// </summary>
public static class OpenApiDocument
{
    public static ApiAnswer Answer() => new(200, ApiAnswer.Json, Json);

    public const string Json = """
{
  "openapi": "3.0.3",
  "info": {
    "title": "FollowUp",
    "version": "1.0.0",
    "description": "Follow-up after casual interviews (カジュアル面談): report how the candidate reacted, and one durable orchestration per interview sends the same-day email, waits, nudges and escalates. Routes marked with the function key need `code=<key>` or `x-functions-key` in Azure; locally no key is checked."
  },
  "servers": [ { "url": "/api" } ],
  "security": [ { "functionKey": [] }, { "functionKeyHeader": [] } ],
  "paths": {
    "/interviews": {
      "post": {
        "operationId": "SubmitInterview",
        "summary": "Report an interview; starts its follow-up. Idempotent on interviewId.",
        "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/InterviewReport" } } } },
        "responses": {
          "202": { "description": "Accepted; the follow-up has started.", "headers": { "Location": { "$ref": "#/components/headers/Location" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/InterviewStatus" } } } },
          "200": { "description": "The same report was already accepted.", "headers": { "Location": { "$ref": "#/components/headers/Location" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/InterviewStatus" } } } },
          "400": { "$ref": "#/components/responses/ValidationProblem" },
          "409": { "$ref": "#/components/responses/Problem" }
        }
      }
    },
    "/interviews/{id}": {
      "parameters": [ { "$ref": "#/components/parameters/InterviewId" } ],
      "get": {
        "operationId": "GetInterview",
        "summary": "Status: reaction, stage, next action and when, runtime status, timeline.",
        "responses": {
          "200": { "description": "The interview's follow-up.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/InterviewStatus" } } } },
          "404": { "$ref": "#/components/responses/Problem" }
        }
      },
      "delete": {
        "operationId": "CancelInterview",
        "summary": "Cancel the follow-up (terminates the orchestration; the record stays). Idempotent.",
        "responses": {
          "202": { "description": "Cancelled, or already finished.", "headers": { "Location": { "$ref": "#/components/headers/Location" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/InterviewStatus" } } } },
          "404": { "$ref": "#/components/responses/Problem" }
        }
      }
    },
    "/interviews/{id}/reaction": {
      "parameters": [ { "$ref": "#/components/parameters/InterviewId" } ],
      "post": {
        "operationId": "ChangeReaction",
        "summary": "Report a new reaction; the follow-up continues on the new branch.",
        "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ReactionChange" } } } },
        "responses": {
          "202": { "description": "The new reaction was sent to the follow-up.", "headers": { "Location": { "$ref": "#/components/headers/Location" } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/InterviewStatus" } } } },
          "400": { "$ref": "#/components/responses/ValidationProblem" },
          "404": { "$ref": "#/components/responses/Problem" },
          "409": { "$ref": "#/components/responses/Problem" }
        }
      }
    },
    "/inbound-email": {
      "post": {
        "operationId": "ReceiveInboundEmail",
        "summary": "A reply arrives from the mail provider's inbound webhook (HMAC-signed, no function key).",
        "security": [],
        "parameters": [
          { "name": "X-FollowUp-Signature", "in": "header", "required": true, "description": "sha256=<lowercase hex HMAC-SHA256 of the raw body, keyed with FollowUp:Inbound:SigningSecret>", "schema": { "type": "string", "pattern": "^sha256=[0-9a-fA-F]{64}$" } }
        ],
        "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/InboundEmail" } } } },
        "responses": {
          "202": { "description": "Matched to an interview and raised as CandidateReplied.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/InboundOutcome" } } } },
          "200": { "description": "Ignored: unknown-recipient, auto-reply, bounce, duplicate, finished or unknown-interview. Do not retry.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/InboundOutcome" } } } },
          "400": { "$ref": "#/components/responses/ValidationProblem" },
          "401": { "$ref": "#/components/responses/Problem" },
          "413": { "$ref": "#/components/responses/Problem" }
        }
      }
    },
    "/form": {
      "get": {
        "operationId": "ReportForm",
        "summary": "The interviewer's report form (HTML, Japanese and English).",
        "responses": { "200": { "description": "The form.", "content": { "text/html": { "schema": { "type": "string" } } } } }
      }
    },
    "/opt-out": {
      "parameters": [ { "name": "token", "in": "query", "required": true, "description": "The signed opt-out token from the candidate's email.", "schema": { "type": "string" } } ],
      "get": {
        "operationId": "OptOutLink",
        "summary": "The candidate opts out by following the link in an email.",
        "security": [],
        "responses": {
          "200": { "$ref": "#/components/responses/OptOutPage" },
          "400": { "$ref": "#/components/responses/OptOutPage" }
        }
      },
      "post": {
        "operationId": "OptOutOneClick",
        "summary": "RFC 8058 one-click opt-out, posted by the mail provider.",
        "security": [],
        "requestBody": { "required": false, "content": { "application/x-www-form-urlencoded": { "schema": { "type": "object", "properties": { "List-Unsubscribe": { "type": "string", "enum": [ "One-Click" ] } } } } } },
        "responses": {
          "200": { "$ref": "#/components/responses/OptOutPage" },
          "400": { "$ref": "#/components/responses/OptOutPage" }
        }
      }
    },
    "/candidates/{email}": {
      "delete": {
        "operationId": "EraseCandidate",
        "summary": "Erase a candidate's personal data: every interview, its orchestration history, timeline, retrospective and talent-pool entry.",
        "parameters": [ { "name": "email", "in": "path", "required": true, "description": "The candidate's email address, URL-encoded.", "schema": { "type": "string", "format": "email" } } ],
        "responses": {
          "202": { "description": "Erased (counts only). Safe to repeat.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ErasureSummary" } } } },
          "400": { "$ref": "#/components/responses/ValidationProblem" }
        }
      }
    },
    "/health": {
      "get": {
        "operationId": "Health",
        "summary": "Liveness: storage and the durable runtime answer.",
        "security": [],
        "responses": {
          "200": { "description": "Healthy.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } },
          "503": { "description": "Storage or the durable runtime does not answer.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Health" } } } }
        }
      }
    },
    "/openapi.json": {
      "get": {
        "operationId": "OpenApi",
        "summary": "This document.",
        "responses": { "200": { "description": "OpenAPI 3.0 description of every route.", "content": { "application/json": { "schema": { "type": "object" } } } } }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "functionKey": { "type": "apiKey", "in": "query", "name": "code" },
      "functionKeyHeader": { "type": "apiKey", "in": "header", "name": "x-functions-key" }
    },
    "parameters": {
      "InterviewId": { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$" } }
    },
    "headers": {
      "Location": { "description": "The interview's status route, /api/interviews/{id}.", "schema": { "type": "string" } }
    },
    "responses": {
      "Problem": { "description": "RFC 9457 problem.", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "ValidationProblem": { "description": "RFC 9457 problem with the messages by field in errors.", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } },
      "OptOutPage": { "description": "A small page in the candidate's language.", "content": { "text/html": { "schema": { "type": "string" } } } }
    },
    "schemas": {
      "Problem": {
        "type": "object",
        "required": [ "type", "title", "status" ],
        "properties": {
          "type": { "type": "string" },
          "title": { "type": "string" },
          "status": { "type": "integer" },
          "detail": { "type": "string" },
          "errors": { "type": "object", "description": "Messages by field path, e.g. candidate.email, feedback.positive[2].", "additionalProperties": { "type": "array", "items": { "type": "string" } } }
        }
      },
      "Reaction": { "type": "string", "enum": [ "proceed", "considering", "undecided", "declined" ] },
      "NextInterview": {
        "type": "object",
        "required": [ "startsAt", "with", "location" ],
        "additionalProperties": false,
        "properties": {
          "startsAt": { "type": "string", "format": "date-time" },
          "durationMinutes": { "type": "integer", "minimum": 15, "maximum": 480, "default": 60 },
          "with": { "type": "string", "maxLength": 500 },
          "location": { "type": "string", "maxLength": 500 }
        }
      },
      "Feedback": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "positive": { "type": "array", "maxItems": 20, "items": { "type": "string", "maxLength": 2000 } },
          "improve": { "type": "array", "maxItems": 20, "items": { "type": "string", "maxLength": 2000 } },
          "prepare": { "type": "array", "maxItems": 20, "items": { "type": "string", "maxLength": 2000 } },
          "voiceUrl": { "type": "string", "format": "uri", "pattern": "^https://" }
        }
      },
      "InterviewReport": {
        "type": "object",
        "required": [ "interviewedAt", "reaction", "candidate", "owner" ],
        "additionalProperties": false,
        "properties": {
          "interviewId": { "type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$", "description": "Generated when absent." },
          "interviewedAt": { "type": "string", "format": "date-time" },
          "reaction": { "$ref": "#/components/schemas/Reaction" },
          "candidate": {
            "type": "object",
            "required": [ "name", "email" ],
            "additionalProperties": false,
            "properties": {
              "name": { "type": "string", "maxLength": 200 },
              "email": { "type": "string", "format": "email" },
              "locale": { "type": "string", "enum": [ "ja", "en" ], "default": "ja" },
              "timeZone": { "type": "string", "description": "IANA time zone; the policy's default when absent." },
              "profiles": { "type": "array", "maxItems": 10, "items": { "type": "object", "required": [ "network", "url" ], "additionalProperties": false, "properties": { "network": { "type": "string" }, "url": { "type": "string", "format": "uri" } } } }
            }
          },
          "owner": {
            "type": "object",
            "required": [ "name", "email" ],
            "additionalProperties": false,
            "properties": {
              "name": { "type": "string", "maxLength": 200 },
              "email": { "type": "string", "format": "email" },
              "locale": { "type": "string", "enum": [ "ja", "en" ], "default": "ja" }
            }
          },
          "nextInterview": { "$ref": "#/components/schemas/NextInterview" },
          "feedback": { "$ref": "#/components/schemas/Feedback" },
          "contactTimeline": { "type": "array", "maxItems": 200, "items": { "type": "object", "required": [ "at", "direction", "channel" ], "additionalProperties": false, "properties": { "at": { "type": "string", "format": "date-time" }, "direction": { "type": "string", "enum": [ "candidate", "company" ] }, "channel": { "type": "string" } } } }
        }
      },
      "ReactionChange": {
        "type": "object",
        "required": [ "reaction" ],
        "additionalProperties": false,
        "properties": {
          "reaction": { "$ref": "#/components/schemas/Reaction" },
          "nextInterview": { "$ref": "#/components/schemas/NextInterview" },
          "feedback": { "$ref": "#/components/schemas/Feedback" }
        }
      },
      "TimelineEntry": {
        "type": "object",
        "properties": {
          "interviewId": { "type": "string" },
          "key": { "type": "string" },
          "at": { "type": "string", "format": "date-time" },
          "kind": { "type": "string", "enum": [ "EmailSent", "EmailSkipped", "EmailFailed", "CandidateReplied", "ReactionChanged", "OptedOut" ] },
          "summary": { "type": "string" },
          "providerOperationId": { "type": "string" }
        }
      },
      "InterviewStatus": {
        "type": "object",
        "required": [ "interviewId", "runtimeStatus" ],
        "properties": {
          "interviewId": { "type": "string" },
          "runtimeStatus": { "type": "string", "description": "Pending, Running, Completed, Failed, Terminated…" },
          "reaction": { "$ref": "#/components/schemas/Reaction" },
          "stage": { "type": "string" },
          "nextAction": { "type": "string" },
          "nextActionAt": { "type": "string", "format": "date-time" },
          "candidateEmails": { "type": "integer" },
          "escalations": { "type": "integer" },
          "optedOut": { "type": "boolean" },
          "lastReplyAt": { "type": "string", "format": "date-time" },
          "createdAt": { "type": "string", "format": "date-time" },
          "lastUpdatedAt": { "type": "string", "format": "date-time" },
          "timeline": { "type": "array", "items": { "$ref": "#/components/schemas/TimelineEntry" } }
        }
      },
      "InboundEmail": {
        "type": "object",
        "required": [ "messageId", "from", "to", "subject", "text" ],
        "description": "At most 256 KB. Members not listed here are ignored.",
        "properties": {
          "messageId": { "type": "string", "maxLength": 998 },
          "from": { "type": "string" },
          "to": { "type": "array", "minItems": 1, "maxItems": 50, "items": { "type": "string" }, "description": "The reply address local+<token>@domain is looked for here and in the Delivered-To and X-Original-To headers." },
          "subject": { "type": "string" },
          "text": { "type": "string", "description": "Plain-text body; quoted text is removed before the owner sees it." },
          "inReplyTo": { "type": "string" },
          "headers": { "type": "object", "additionalProperties": { "oneOf": [ { "type": "string" }, { "type": "array", "items": { "type": "string" } } ] } }
        }
      },
      "InboundOutcome": {
        "type": "object",
        "required": [ "outcome" ],
        "properties": {
          "outcome": { "type": "string", "enum": [ "matched", "ignored" ] },
          "reason": { "type": "string", "enum": [ "unknown-recipient", "auto-reply", "bounce", "duplicate", "finished", "unknown-interview" ] },
          "interviewId": { "type": "string" }
        }
      },
      "ErasureSummary": {
        "type": "object",
        "properties": {
          "interviews": { "type": "integer" },
          "instancesTerminated": { "type": "integer" },
          "instancesPurged": { "type": "integer" },
          "instancesRemaining": { "type": "integer", "description": "Not yet purged; repeat the request." }
        }
      },
      "Health": {
        "type": "object",
        "properties": {
          "status": { "type": "string", "enum": [ "healthy", "unhealthy" ] },
          "storage": { "type": "string", "enum": [ "ok", "unreachable" ] },
          "durable": { "type": "string", "enum": [ "ok", "unreachable" ] }
        }
      }
    }
  }
}
""";
}
