// Microsoft 365 without code: a Logic App (Consumption) watches a shared mailbox with the Office 365
// Outlook connector, exports each new message as it arrived (MIME) and posts it to the app's keyed
// inbound route as message/rfc822. A Logic App cannot compute an HMAC, so instead of the signature it
// sends a function key named 'inbound' that opens that one function and no other.
//
// Deploy it once the app's code is deployed: the key belongs to the function, which exists only then.
// After deployment, authorize the Office 365 connection once (see README.md, "Wire inbound email").

@description('Name of the Logic App.')
param name string

@description('Name of the Office 365 Outlook API connection.')
param connectionName string

@description('Azure region of the Logic App and its connection.')
param location string

@description('Tags for the resources.')
param tags object = {}

@description('The shared mailbox replies arrive in (the mailbox of the reply address); the connection\'s account needs Full Access to it.')
param sharedMailbox string

@description('Name of the function app.')
param functionAppName string

@description('Function name of the keyed inbound route (RouteNames.ReceiveKeyedInboundEmail).')
param functionName string

@description('URL of the keyed inbound route, https://<app>/api/inbound-email/keyed.')
param inboundUrl string

@secure()
@description('Value of the function key named inbound that the Logic App sends.')
param functionKey string

@description('How often the trigger looks for new mail, in minutes.')
@minValue(1)
@maxValue(60)
param pollMinutes int = 1

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource keyedFunction 'Microsoft.Web/sites/functions@2024-11-01' existing = {
  parent: site
  name: functionName
}

// A key of this function only: whoever reads it from the Logic App can post replies, nothing more.
resource inboundKey 'Microsoft.Web/sites/functions/keys@2024-11-01' = {
  parent: keyedFunction
  name: 'inbound'
  value: functionKey
}

resource office365 'Microsoft.Web/connections@2016-06-01' = {
  name: connectionName
  location: location
  tags: tags
  properties: {
    displayName: 'FollowUp replies (${sharedMailbox})'
    api: {
      id: subscriptionResourceId('Microsoft.Web/locations/managedApis', location, 'office365')
    }
  }
}

// Run history keeps inputs and outputs; a candidate's reply and address have no business there, and
// neither has the key: every step's data is marked secure.
var secureRunData = {
  secureData: {
    properties: [
      'inputs'
      'outputs'
    ]
  }
}

resource workflow 'Microsoft.Logic/workflows@2019-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    state: 'Enabled'
    definition: {
      '$schema': 'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#'
      contentVersion: '1.0.0.0'
      parameters: {
        '$connections': {
          type: 'Object'
          defaultValue: {}
        }
        sharedMailbox: {
          type: 'String'
        }
        inboundUrl: {
          type: 'String'
        }
        functionKey: {
          type: 'SecureString'
        }
      }
      triggers: {
        When_a_new_email_arrives_in_a_shared_mailbox: {
          type: 'ApiConnection'
          recurrence: {
            frequency: 'Minute'
            interval: pollMinutes
          }
          // One run per message, so one failed post is retried on its own.
          splitOn: '@triggerBody()?[\'value\']'
          inputs: {
            host: {
              connection: {
                name: '@parameters(\'$connections\')[\'office365\'][\'connectionId\']'
              }
            }
            method: 'get'
            path: '/v2/SharedMailbox/Mail/OnNewEmail'
            queries: {
              mailboxAddress: '@parameters(\'sharedMailbox\')'
              folderId: 'Inbox'
              importance: 'Any'
              hasAttachments: false
              includeAttachments: false
            }
          }
          runtimeConfiguration: secureRunData
        }
      }
      actions: {
        // The message as it arrived (headers, MIME parts, charsets), which the app reads like any raw message.
        Export_the_message: {
          type: 'ApiConnection'
          runAfter: {}
          inputs: {
            host: {
              connection: {
                name: '@parameters(\'$connections\')[\'office365\'][\'connectionId\']'
              }
            }
            method: 'get'
            path: '/codeless/beta/me/messages/@{encodeURIComponent(triggerBody()?[\'id\'])}/$value'
            queries: {
              mailboxAddress: '@parameters(\'sharedMailbox\')'
            }
          }
          runtimeConfiguration: secureRunData
        }
        // 202 matched and 200 ignored both end the run; 503 (storage down) and 429 are retried, a 4xx is not.
        Post_to_FollowUp: {
          type: 'Http'
          runAfter: {
            Export_the_message: [
              'Succeeded'
            ]
          }
          inputs: {
            method: 'POST'
            uri: '@parameters(\'inboundUrl\')'
            headers: {
              'Content-Type': 'message/rfc822'
              'x-functions-key': '@parameters(\'functionKey\')'
            }
            body: '@body(\'Export_the_message\')'
            retryPolicy: {
              type: 'exponential'
              count: 10
              interval: 'PT30S'
              maximumInterval: 'PT1H'
            }
          }
          runtimeConfiguration: secureRunData
        }
      }
      outputs: {}
    }
    parameters: {
      '$connections': {
        value: {
          office365: {
            connectionId: office365.id
            connectionName: office365.name
            id: office365.properties.api.id
          }
        }
      }
      sharedMailbox: {
        value: sharedMailbox
      }
      inboundUrl: {
        value: inboundUrl
      }
      functionKey: {
        value: functionKey
      }
    }
  }
  dependsOn: [
    inboundKey
  ]
}

output logicAppName string = workflow.name
output connectionName string = office365.name
