// The Flex Consumption plan, the Linux function app and every setting it reads.

import { followUpPolicy } from 'types.bicep'

@description('Function app name; also its default host name.')
param name string

@description('Flex Consumption plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags for the plan.')
param tags object = {}

@description('azd service name the app is tagged with, so `azd deploy` finds it.')
param azdServiceName string

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Blob endpoint of the storage account, ending with a slash.')
param storageBlobEndpoint string

@description('Queue endpoint of the storage account, ending with a slash.')
param storageQueueEndpoint string

@description('Table endpoint of the storage account, ending with a slash.')
param storageTableEndpoint string

@description('URL of the blob container holding the deployment package.')
param deploymentContainerUrl string

@description('Application Insights connection string (no secret with local auth off).')
param applicationInsightsConnectionString string

@description('Endpoint of the Communication Services resource.')
param acsEndpoint string

@description('Sender (FollowUp:Email:From), display name allowed: "Name <address>".')
param emailFrom string

@description('Reply address local@domain; replies arrive as local+<token>@domain.')
param replyAddress string

@description('Base URL for links in emails; empty means the app\'s own https host name.')
param publicBaseUrl string = ''

@description('Key Vault secret URI of the inbound-email HMAC secret.')
param inboundSigningSecretUri string

@description('Key Vault secret URI of the token HMAC key.')
param tokenSigningKeyUri string

@description('Key Vault secret URI of Mailgun\'s signing key; empty leaves the Mailgun route off.')
param mailgunSigningKeyUri string = ''

@description('User name of SendGrid Inbound Parse\'s basic credentials; empty leaves the SendGrid route off.')
param sendGridUsername string = ''

@description('Key Vault secret URI of SendGrid\'s password.')
param sendGridSecretUri string = ''

@description('User name of Postmark\'s basic credentials; empty leaves the Postmark route off.')
param postmarkUsername string = ''

@description('Key Vault secret URI of Postmark\'s password.')
param postmarkSecretUri string = ''

@description('Follow-up policy written to the FollowUp__Policy__* settings.')
param policy followUpPolicy

@description('Gets a copy of every "a step is stuck" notice; empty for none.')
param opsEmail string = ''

@description('Instances kept warm for orchestrations and activities, so a report is emailed within seconds instead of after a cold start. 0 turns it off.')
@minValue(0)
@maxValue(10)
param durableAlwaysReady int = 1

@description('Instances kept warm for HTTP triggers (the form and the API). 0 turns it off.')
@minValue(0)
@maxValue(10)
param httpAlwaysReady int = 0

@description('Upper bound on scale-out, which also bounds the bill.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Client id of the Entra app registration admins sign in to (its app role FollowUp.Admin opens the admin routes); empty leaves App Service authentication off and the admin routes closed (403).')
param adminClientId string = ''

@description('Tenant of that app registration.')
param adminTenantId string = tenant().tenantId

@description('Subnet (delegated to Microsoft.App/environments) the app sends all outbound traffic through; empty for none.')
param appSubnetId string = ''

@description('Memory per instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

var effectivePublicBaseUrl = empty(publicBaseUrl) ? 'https://${site.properties.defaultHostName}' : publicBaseUrl

// Flex Consumption names these groups; "durable" covers orchestration, activity and entity triggers.
var alwaysReady = concat(
  durableAlwaysReady > 0 ? [{ name: 'durable', instanceCount: durableAlwaysReady }] : [],
  httpAlwaysReady > 0 ? [{ name: 'http', instanceCount: httpAlwaysReady }] : []
)

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': azdServiceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // With private networking storage and Key Vault answer only inside the virtual network: all
    // outbound traffic, Key Vault references included, goes through it.
    virtualNetworkSubnetId: empty(appSubnetId) ? null : appSubnetId
    outboundVnetRouting: empty(appSubnetId) ? null : {
      allTraffic: true
    }
    // Without this, Key Vault references would be resolved with a system identity the app lacks.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        alwaysReady: alwaysReady
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deployments go through Entra ID (azd, az functionapp deployment); publishing passwords stay off.
// Flex Consumption has no FTP endpoint, so only the scm policy exists to turn off.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// Entra ID in front of the app for the admin routes only: requests without a token pass (candidates'
// links, webhooks, interviewers' keyed routes), a token is validated and its claims forwarded in
// X-MS-CLIENT-PRINCIPAL, which App Service strips from what clients send. The app then requires the
// app role FollowUp.Admin on the admin routes (AdminAccess). No secret: only bearer tokens, no login.
resource authentication 'Microsoft.Web/sites/config@2024-11-01' = if (!empty(adminClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: adminClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${adminTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            'api://${adminClientId}'
            adminClientId
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}

// A separate config resource so the settings can use the site's own host name.
// Flex Consumption rejects FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION here:
// the runtime is functionAppConfig.runtime above.
resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // Host and Durable storage through the managed identity; no AzureWebJobsStorage connection string.
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
    AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
    AzureWebJobsStorage__tableServiceUri: storageTableEndpoint

    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'

    // host.json reads the task hub name from here, so a second deployment can share the storage account.
    FollowUpTaskHub: 'FollowUp'

    // DefaultAzureCredential picks the user-assigned identity by this id.
    AZURE_CLIENT_ID: identityClientId

    FollowUp__Policy__ReplyWindow: policy.replyWindow
    FollowUp__Policy__NoResponseWindow: policy.noResponseWindow
    FollowUp__Policy__NurtureAfter: policy.nurtureAfter
    FollowUp__Policy__BookingWindow: policy.bookingWindow
    FollowUp__Policy__ReminderBefore: policy.reminderBefore
    FollowUp__Policy__KeepOpenFor: policy.keepOpenFor
    FollowUp__Policy__MaxWaitPerExecution: policy.maxWaitPerExecution
    FollowUp__Policy__RetryFailuresFor: policy.retryFailuresFor
    FollowUp__Policy__RetryBackoffStart: policy.retryBackoffStart
    FollowUp__Policy__RetryBackoffCap: policy.retryBackoffCap
    FollowUp__Policy__NeedsAttentionAfter: policy.needsAttentionAfter
    FollowUp__Operations__OpsEmail: opsEmail
    FollowUp__Policy__SendWindow: policy.sendWindow
    FollowUp__Policy__DefaultTimeZone: policy.defaultTimeZone

    FollowUp__Email__Transport: 'Acs'
    // Endpoint only: the app authenticates to ACS with the managed identity.
    FollowUp__Email__Acs__Endpoint: acsEndpoint
    FollowUp__Email__From: emailFrom
    FollowUp__Email__ReplyAddress: replyAddress
    FollowUp__PublicBaseUrl: effectivePublicBaseUrl

    FollowUp__Inbound__SigningSecret: '@Microsoft.KeyVault(SecretUri=${inboundSigningSecretUri})'

    // A provider's settings left empty keep its route off; one given is read from Key Vault like the secrets above.
    FollowUp__Inbound__Mailgun__SigningKey: empty(mailgunSigningKeyUri) ? '' : '@Microsoft.KeyVault(SecretUri=${mailgunSigningKeyUri})'
    FollowUp__Inbound__SendGrid__Username: sendGridUsername
    FollowUp__Inbound__SendGrid__Password: empty(sendGridSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${sendGridSecretUri})'
    FollowUp__Inbound__Postmark__Username: postmarkUsername
    FollowUp__Inbound__Postmark__Password: empty(postmarkSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${postmarkSecretUri})'
    FollowUp__Tokens__SigningKey: '@Microsoft.KeyVault(SecretUri=${tokenSigningKeyUri})'
  }
}

output name string = site.name
output adminAuthentication bool = !empty(adminClientId)
output url string = 'https://${site.properties.defaultHostName}'
output publicBaseUrl string = effectivePublicBaseUrl
