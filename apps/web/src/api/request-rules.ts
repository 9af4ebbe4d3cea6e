/**
 * What the API checks of each request body, from its OpenAPI document, written by
 * `npm run api:client`. Do not edit: change the API, then run that command (a test fails while
 * this file is stale). The forms check a body against these rules before sending it.
 */
import type { BodyRule } from './request-rule';

export const REQUEST_RULES = {
  "AccountStandingDto": {
    "required": [
      "reason"
    ],
    "properties": {
      "reason": {
        "type": "string",
        "maxLength": 2000,
        "notEmpty": true
      }
    }
  },
  "AdoptInterpellationResolutionDto": {
    "required": [
      "legalBasis",
      "summary"
    ],
    "properties": {
      "legalBasis": {
        "ref": "LegalBasisDto"
      },
      "summary": {
        "type": "string",
        "maxLength": 10000,
        "notEmpty": true
      }
    }
  },
  "AnnounceAdjustmentDto": {
    "required": [
      "date",
      "kind",
      "basis"
    ],
    "properties": {
      "date": {
        "type": "string"
      },
      "kind": {
        "type": "string",
        "enum": [
          "day-off",
          "working-day"
        ]
      },
      "basis": {
        "type": "string",
        "maxLength": 500,
        "notEmpty": true
      }
    }
  },
  "AnswerPetitionsDto": {
    "required": [
      "answers"
    ],
    "properties": {
      "answers": {
        "type": "array",
        "minItems": 1,
        "ref": "PetitionAnswerDto"
      }
    }
  },
  "AssessResponseDto": {
    "required": [
      "assessedOn",
      "verdict",
      "note"
    ],
    "properties": {
      "assessedOn": {
        "type": "string"
      },
      "verdict": {
        "type": "string",
        "enum": [
          "satisfactory",
          "unsatisfactory"
        ]
      },
      "note": {
        "type": "string",
        "maxLength": 5000
      },
      "newResponseDueOn": {
        "type": "string"
      },
      "newResponseDueInWorkingDays": {
        "type": "number",
        "minimum": 1
      }
    }
  },
  "AssignObstacleDto": {
    "required": [
      "agencyId",
      "competence"
    ],
    "properties": {
      "agencyId": {
        "type": "string"
      },
      "competence": {
        "type": "string",
        "enum": [
          "province",
          "commune",
          "central"
        ]
      },
      "assignedOn": {
        "type": "string"
      }
    }
  },
  "ChooseNoticesDto": {
    "required": [
      "reminders",
      "missedDeadlines"
    ],
    "properties": {
      "email": {
        "type": "string",
        "maxLength": 254
      },
      "reminders": {
        "type": "boolean"
      },
      "missedDeadlines": {
        "type": "boolean"
      }
    }
  },
  "CloseRecommendationDto": {
    "required": [
      "closedOn",
      "outcome",
      "assessment"
    ],
    "properties": {
      "closedOn": {
        "type": "string"
      },
      "outcome": {
        "type": "string",
        "enum": [
          "implemented",
          "partially-implemented",
          "not-implemented",
          "no-longer-applicable"
        ]
      },
      "assessment": {
        "type": "string",
        "maxLength": 10000,
        "notEmpty": true
      }
    }
  },
  "CommitmentDto": {
    "required": [
      "text"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "text": {
        "type": "string",
        "maxLength": 2000,
        "notEmpty": true
      },
      "dueOn": {
        "type": "string"
      },
      "dueInWorkingDays": {
        "type": "number",
        "minimum": 1
      }
    }
  },
  "ConcludeCommitteeSupervisionDto": {
    "required": [
      "conclusion"
    ],
    "properties": {
      "conclusion": {
        "type": "string",
        "maxLength": 10000,
        "notEmpty": true
      },
      "concludedOn": {
        "type": "string"
      }
    }
  },
  "ConcludeDelegationDto": {
    "required": [
      "concludedOn",
      "summary"
    ],
    "properties": {
      "concludedOn": {
        "type": "string"
      },
      "summary": {
        "type": "string",
        "maxLength": 10000,
        "notEmpty": true
      }
    }
  },
  "CreateUserDto": {
    "required": [
      "username",
      "password",
      "displayName",
      "role"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "username": {
        "type": "string",
        "maxLength": 64
      },
      "password": {
        "type": "string"
      },
      "displayName": {
        "type": "string",
        "maxLength": 200
      },
      "role": {
        "type": "string",
        "enum": [
          "agency",
          "admin",
          "secretariat",
          "member",
          "auditor"
        ]
      },
      "agencyId": {
        "type": "string"
      },
      "delegationIds": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "type": "string"
        }
      }
    }
  },
  "DisableWebhookDto": {
    "required": [
      "reason"
    ],
    "properties": {
      "reason": {
        "type": "string",
        "maxLength": 2000,
        "notEmpty": true
      }
    }
  },
  "EscalateDto": {
    "required": [
      "step",
      "note"
    ],
    "properties": {
      "step": {
        "type": "string",
        "enum": [
          "interpellation",
          "explanation-session",
          "first-reminder",
          "further-reminder",
          "refer-to-competent-authority",
          "re-supervision",
          "report-to-council"
        ]
      },
      "note": {
        "type": "string",
        "maxLength": 5000
      },
      "escalatedOn": {
        "type": "string"
      },
      "sessionId": {
        "type": "string"
      }
    }
  },
  "EstablishDelegationDto": {
    "required": [
      "title",
      "topic",
      "legalBasis",
      "periodFrom",
      "periodTo",
      "chair",
      "members"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "title": {
        "type": "string",
        "maxLength": 500,
        "notEmpty": true
      },
      "topic": {
        "type": "string",
        "maxLength": 2000,
        "notEmpty": true
      },
      "legalBasis": {
        "ref": "LegalBasisDto"
      },
      "periodFrom": {
        "type": "string"
      },
      "periodTo": {
        "type": "string"
      },
      "chair": {
        "ref": "PersonDto"
      },
      "members": {
        "type": "array",
        "maxItems": 100,
        "ref": "PersonDto"
      },
      "supervisor": {
        "ref": "SupervisorDto"
      }
    }
  },
  "EvidenceDto": {
    "required": [
      "title",
      "reference"
    ],
    "properties": {
      "title": {
        "type": "string",
        "maxLength": 500,
        "notEmpty": true
      },
      "reference": {
        "type": "string",
        "maxLength": 500,
        "notEmpty": true
      }
    }
  },
  "ExtendDeadlineDto": {
    "required": [
      "reason",
      "approvedBy"
    ],
    "properties": {
      "newDueOn": {
        "type": "string"
      },
      "newDueInWorkingDays": {
        "type": "number",
        "minimum": 1
      },
      "reason": {
        "type": "string",
        "maxLength": 5000,
        "notEmpty": true
      },
      "approvedBy": {
        "type": "string",
        "maxLength": 200,
        "notEmpty": true
      },
      "commitmentId": {
        "type": "string"
      },
      "extendedOn": {
        "type": "string"
      }
    }
  },
  "FormWorkingGroupDto": {
    "required": [
      "number",
      "leader",
      "members"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "number": {
        "type": "string",
        "maxLength": 20,
        "notEmpty": true
      },
      "leader": {
        "ref": "PersonDto"
      },
      "members": {
        "type": "array",
        "maxItems": 100,
        "ref": "PersonDto"
      }
    }
  },
  "GrantRoleDto": {
    "required": [
      "reason",
      "role"
    ],
    "properties": {
      "reason": {
        "type": "string",
        "maxLength": 2000
      },
      "role": {
        "type": "string",
        "enum": [
          "agency",
          "admin",
          "secretariat",
          "member",
          "auditor"
        ]
      },
      "agencyId": {
        "type": "string"
      },
      "delegationIds": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "type": "string"
        }
      }
    }
  },
  "HoldExplanationSessionDto": {
    "required": [
      "issue",
      "agencyId",
      "heldOn",
      "supervisor"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "issue": {
        "type": "string",
        "maxLength": 1000,
        "notEmpty": true
      },
      "agencyId": {
        "type": "string"
      },
      "heldOn": {
        "type": "string"
      },
      "supervisor": {
        "ref": "SupervisorDto"
      }
    }
  },
  "HoldInterpellationDto": {
    "required": [
      "title",
      "meeting",
      "heldOn"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "title": {
        "type": "string",
        "maxLength": 500,
        "notEmpty": true
      },
      "meeting": {
        "type": "string",
        "maxLength": 300,
        "notEmpty": true
      },
      "heldOn": {
        "type": "string"
      },
      "supervisor": {
        "ref": "SupervisorDto"
      }
    }
  },
  "IndicatorDto": {
    "required": [
      "name",
      "period"
    ],
    "properties": {
      "name": {
        "type": "string",
        "maxLength": 300,
        "notEmpty": true
      },
      "period": {
        "type": "string",
        "maxLength": 50,
        "notEmpty": true
      },
      "value": {
        "type": "number"
      },
      "outOf": {
        "type": "number"
      },
      "rank": {
        "type": "number",
        "minimum": 1
      },
      "rankOf": {
        "type": "number",
        "minimum": 1
      },
      "grade": {
        "type": "string",
        "maxLength": 100
      }
    }
  },
  "IssueFromCommitteeSupervisionDto": {
    "required": [
      "addresseeAgencyId",
      "text"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "addresseeAgencyId": {
        "type": "string"
      },
      "text": {
        "type": "string",
        "maxLength": 5000,
        "notEmpty": true
      },
      "responseDueOn": {
        "type": "string"
      },
      "responseDueInWorkingDays": {
        "type": "number",
        "minimum": 1
      },
      "issuedOn": {
        "type": "string"
      }
    }
  },
  "IssueFromExplanationSessionDto": {
    "required": [
      "addresseeAgencyId",
      "text"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "addresseeAgencyId": {
        "type": "string"
      },
      "text": {
        "type": "string",
        "maxLength": 5000,
        "notEmpty": true
      },
      "followsUp": {
        "type": "string"
      },
      "responseDueOn": {
        "type": "string"
      },
      "responseDueInWorkingDays": {
        "type": "number",
        "minimum": 1
      },
      "issuedOn": {
        "type": "string"
      }
    }
  },
  "IssueFromInterpellationDto": {
    "required": [
      "addresseeAgencyId",
      "text"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "addresseeAgencyId": {
        "type": "string"
      },
      "text": {
        "type": "string",
        "maxLength": 5000,
        "notEmpty": true
      },
      "questionId": {
        "type": "string"
      },
      "followsUp": {
        "type": "string"
      },
      "responseDueOn": {
        "type": "string"
      },
      "responseDueInWorkingDays": {
        "type": "number",
        "minimum": 1
      },
      "issuedOn": {
        "type": "string"
      }
    }
  },
  "IssueRecommendationDto": {
    "required": [
      "addresseeAgencyId",
      "text",
      "findingIds"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "addresseeAgencyId": {
        "type": "string"
      },
      "text": {
        "type": "string",
        "maxLength": 5000,
        "notEmpty": true
      },
      "findingIds": {
        "type": "array",
        "minItems": 1,
        "maxItems": 100,
        "items": {
          "type": "string"
        }
      },
      "responseDueOn": {
        "type": "string"
      },
      "responseDueInWorkingDays": {
        "type": "number",
        "minimum": 1
      },
      "issuedOn": {
        "type": "string"
      }
    }
  },
  "LegalBasisDto": {
    "required": [
      "number",
      "issuedOn",
      "issuedBy"
    ],
    "properties": {
      "number": {
        "type": "string",
        "maxLength": 100,
        "notEmpty": true
      },
      "issuedOn": {
        "type": "string"
      },
      "issuedBy": {
        "type": "string",
        "maxLength": 300,
        "notEmpty": true
      }
    }
  },
  "LoginDto": {
    "required": [
      "username",
      "password"
    ],
    "properties": {
      "username": {
        "type": "string",
        "maxLength": 64
      },
      "password": {
        "type": "string",
        "maxLength": 256
      }
    }
  },
  "MergeObstacleDto": {
    "required": [
      "intoObstacleId"
    ],
    "properties": {
      "intoObstacleId": {
        "type": "string"
      },
      "mergedOn": {
        "type": "string"
      }
    }
  },
  "OpenPetitionRoundDto": {
    "required": [
      "title",
      "meeting",
      "forwardedOn",
      "answerDueOn"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "title": {
        "type": "string",
        "maxLength": 500,
        "notEmpty": true
      },
      "meeting": {
        "type": "string",
        "maxLength": 300,
        "notEmpty": true
      },
      "forwardedOn": {
        "type": "string"
      },
      "answerDueOn": {
        "type": "string"
      },
      "supervisor": {
        "ref": "SupervisorDto"
      }
    }
  },
  "PersonDto": {
    "required": [
      "name",
      "position"
    ],
    "properties": {
      "name": {
        "type": "string",
        "maxLength": 200,
        "notEmpty": true
      },
      "position": {
        "type": "string",
        "maxLength": 500
      }
    }
  },
  "PetitionAnswerDto": {
    "required": [
      "respondedOn",
      "position",
      "text"
    ],
    "properties": {
      "petitionId": {
        "type": "string"
      },
      "recommendationId": {
        "type": "string"
      },
      "id": {
        "type": "string"
      },
      "respondedOn": {
        "type": "string"
      },
      "position": {
        "type": "string",
        "enum": [
          "accepted",
          "partially-accepted",
          "rejected"
        ]
      },
      "text": {
        "type": "string",
        "maxLength": 20000
      }
    }
  },
  "PetitionDto": {
    "required": [
      "text",
      "voters",
      "agencyId"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "text": {
        "type": "string",
        "maxLength": 5000,
        "notEmpty": true
      },
      "voters": {
        "type": "string",
        "maxLength": 300,
        "notEmpty": true
      },
      "agencyId": {
        "type": "string"
      }
    }
  },
  "PublishDelegationResultsDto": {
    "required": [
      "basis"
    ],
    "properties": {
      "publishedOn": {
        "type": "string"
      },
      "basis": {
        "type": "string",
        "maxLength": 2000,
        "notEmpty": true
      }
    }
  },
  "RecordExplanationConclusionDto": {
    "required": [
      "conclusion"
    ],
    "properties": {
      "conclusion": {
        "type": "string",
        "maxLength": 20000,
        "notEmpty": true
      },
      "concludedOn": {
        "type": "string"
      }
    }
  },
  "RecordFindingDto": {
    "required": [
      "agencyId",
      "kind",
      "statement"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "surveyId": {
        "type": "string"
      },
      "agencyId": {
        "type": "string"
      },
      "kind": {
        "type": "string",
        "enum": [
          "achievement",
          "limitation",
          "obstacle"
        ]
      },
      "statement": {
        "type": "string",
        "maxLength": 5000,
        "notEmpty": true
      },
      "indicators": {
        "type": "array",
        "maxItems": 50,
        "ref": "IndicatorDto"
      },
      "obstacleId": {
        "type": "string"
      },
      "recordedOn": {
        "type": "string"
      }
    }
  },
  "RecordPetitionsDto": {
    "required": [
      "petitions"
    ],
    "properties": {
      "petitions": {
        "type": "array",
        "minItems": 1,
        "ref": "PetitionDto"
      }
    }
  },
  "RecordQuestionDto": {
    "required": [
      "askedBy",
      "answeredBy",
      "agencyId",
      "question",
      "answer"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "askedBy": {
        "type": "string",
        "maxLength": 300,
        "notEmpty": true
      },
      "answeredBy": {
        "ref": "PersonDto"
      },
      "agencyId": {
        "type": "string"
      },
      "question": {
        "type": "string",
        "maxLength": 10000,
        "notEmpty": true
      },
      "answer": {
        "type": "string",
        "maxLength": 20000,
        "notEmpty": true
      },
      "askedOn": {
        "type": "string"
      }
    }
  },
  "RecordResponseDto": {
    "required": [
      "respondedOn",
      "position",
      "text"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "respondedOn": {
        "type": "string"
      },
      "position": {
        "type": "string",
        "enum": [
          "accepted",
          "partially-accepted",
          "rejected"
        ]
      },
      "text": {
        "type": "string",
        "maxLength": 20000
      },
      "commitments": {
        "type": "array",
        "maxItems": 50,
        "ref": "CommitmentDto"
      }
    }
  },
  "RecordSurveyDto": {
    "required": [
      "date",
      "agencyIds",
      "topics",
      "chair",
      "participants"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "workingGroupId": {
        "type": "string"
      },
      "date": {
        "type": "string"
      },
      "agencyIds": {
        "type": "array",
        "minItems": 1,
        "maxItems": 100,
        "items": {
          "type": "string"
        }
      },
      "topics": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "type": "string",
          "maxLength": 1000
        }
      },
      "chair": {
        "ref": "PersonDto"
      },
      "participants": {
        "type": "array",
        "maxItems": 100,
        "items": {
          "type": "string",
          "maxLength": 500
        }
      },
      "notes": {
        "type": "string",
        "maxLength": 5000
      }
    }
  },
  "ReferObstacleDto": {
    "required": [
      "toAgencyId",
      "competence",
      "reason"
    ],
    "properties": {
      "toAgencyId": {
        "type": "string"
      },
      "competence": {
        "type": "string",
        "enum": [
          "province",
          "commune",
          "central"
        ]
      },
      "reason": {
        "type": "string",
        "maxLength": 10000,
        "notEmpty": true
      },
      "referredOn": {
        "type": "string"
      }
    }
  },
  "RegisterAgencyDto": {
    "required": [
      "name",
      "level"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string",
        "maxLength": 300,
        "notEmpty": true
      },
      "level": {
        "type": "string",
        "enum": [
          "province",
          "commune",
          "central",
          "district",
          "department",
          "other"
        ]
      },
      "parentId": {
        "type": "string"
      },
      "registeredOn": {
        "type": "string"
      }
    }
  },
  "RegisterWebhookDto": {
    "required": [
      "url",
      "eventTypes"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "url": {
        "type": "string",
        "maxLength": 2000
      },
      "eventTypes": {
        "type": "array",
        "minItems": 1,
        "maxItems": 10,
        "items": {
          "type": "string",
          "enum": [
            "RecommendationIssued",
            "ResponseAssessed",
            "ReminderIssued",
            "DeadlineMissed"
          ]
        }
      },
      "agencyId": {
        "type": "string"
      }
    }
  },
  "ReopenRecommendationDto": {
    "required": [
      "reason"
    ],
    "properties": {
      "reason": {
        "type": "string",
        "maxLength": 5000,
        "notEmpty": true
      },
      "reopenedOn": {
        "type": "string"
      }
    }
  },
  "ReportCompletionDto": {
    "required": [
      "reportedOn",
      "text",
      "evidence"
    ],
    "properties": {
      "reportedOn": {
        "type": "string"
      },
      "text": {
        "type": "string",
        "maxLength": 10000,
        "notEmpty": true
      },
      "evidence": {
        "type": "array",
        "minItems": 1,
        "maxItems": 50,
        "ref": "EvidenceDto"
      }
    }
  },
  "ReportProgressDto": {
    "required": [
      "reportedOn",
      "text"
    ],
    "properties": {
      "reportedOn": {
        "type": "string"
      },
      "text": {
        "type": "string",
        "maxLength": 10000,
        "notEmpty": true
      },
      "percent": {
        "type": "number",
        "minimum": 0,
        "maximum": 100
      }
    }
  },
  "ResetPasswordDto": {
    "required": [
      "password"
    ],
    "properties": {
      "password": {
        "type": "string"
      }
    }
  },
  "ResolveObstacleDto": {
    "required": [
      "resolvedOn",
      "resolution"
    ],
    "properties": {
      "resolvedOn": {
        "type": "string"
      },
      "resolution": {
        "type": "string",
        "maxLength": 10000,
        "notEmpty": true
      },
      "evidence": {
        "type": "array",
        "maxItems": 50,
        "ref": "EvidenceDto"
      }
    }
  },
  "StartCommitteeSupervisionDto": {
    "required": [
      "topic",
      "supervisor"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "topic": {
        "type": "string",
        "maxLength": 2000,
        "notEmpty": true
      },
      "supervisor": {
        "ref": "SupervisorDto"
      },
      "startedOn": {
        "type": "string"
      }
    }
  },
  "SuccessionDto": {
    "required": [
      "successorId",
      "effectiveOn",
      "basis"
    ],
    "properties": {
      "successorId": {
        "type": "string"
      },
      "effectiveOn": {
        "type": "string"
      },
      "basis": {
        "type": "string",
        "maxLength": 500,
        "notEmpty": true
      }
    }
  },
  "SupervisorDto": {
    "required": [
      "body",
      "level"
    ],
    "properties": {
      "body": {
        "type": "string",
        "enum": [
          "council",
          "standing-committee",
          "committee",
          "deputy-group",
          "deputy"
        ]
      },
      "level": {
        "type": "string",
        "enum": [
          "province",
          "commune"
        ]
      },
      "name": {
        "type": "string",
        "maxLength": 300,
        "notEmpty": true
      }
    }
  },
  "WithdrawAdjustmentDto": {
    "required": [
      "reason"
    ],
    "properties": {
      "reason": {
        "type": "string",
        "maxLength": 2000,
        "notEmpty": true
      }
    }
  },
  "WithdrawPublicationDto": {
    "required": [
      "reason"
    ],
    "properties": {
      "withdrawnOn": {
        "type": "string"
      },
      "reason": {
        "type": "string",
        "maxLength": 2000,
        "notEmpty": true
      }
    }
  }
} as const satisfies Record<string, BodyRule>;

export type RequestSchema = keyof typeof REQUEST_RULES;
