// FollowUp in Azure: a Flex Consumption function app running the Durable orchestrations, with
// storage, email, secrets and telemetry reached through one user-assigned managed identity.
// Plain local modules rather than Azure Verified Modules: see README.md.

targetScope = 'subscription'

import { followUpPolicy } from 'modules/types.bicep'

@minLength(1)
@maxLength(64)
@description('Environment name (azd: AZURE_ENV_NAME); names the resource group and seeds resource names.')
param environmentName string

@minLength(1)
@description('Region for everything except the global ACS resources; must offer Flex Consumption.')
@metadata({ azd: { type: 'location' } })
param location string

@description('Resource group to create or reuse; empty means rg-<environmentName>.')
param resourceGroupName string = ''

@description('Optional object id of the person or pipeline deploying (azd: AZURE_PRINCIPAL_ID); gets Key Vault Secrets Officer and storage data roles. Empty skips it.')
param principalId string = ''

@description('Type of principalId.')
@allowed(['User', 'ServicePrincipal', 'Group'])
param principalType string = 'User'

// ---- operations ----

@description('Where alerts are mailed (delivery failures, cases needing attention, no same-day email). Empty deploys the workbook but no alerts.')
param opsEmail string = ''

// ---- email ----

@description('Reply address local@domain (FollowUp:Email:ReplyAddress). Its mailbox must accept plus-addresses (local+token@domain) and forward them to POST /api/inbound-email; the Azure-managed ACS domain cannot receive mail.')
@minLength(3)
param replyAddress string

@description('Display name of the sender, shown as "<name> <address>".')
param senderDisplayName string = 'FollowUp'

@description('Sender address to use instead of the one ACS provides (it must belong to a domain linked to ACS). Empty uses DoNotReply@<Azure-managed domain>, or <customDomainSenderUsername>@<customEmailDomain> once that is verified.')
param senderAddress string = ''

@description('Custom sender domain such as mail.example.com. Empty uses only the Azure-managed domain.')
param customEmailDomain string = ''

@description('Set to true after the custom domain\'s DNS records are verified; then it is linked and becomes the sender.')
param customEmailDomainVerified bool = false

@description('Local part of the sender address on the custom domain.')
param customDomainSenderUsername string = 'DoNotReply'

@description('Geography where ACS keeps data at rest.')
param communicationDataLocation string = 'Japan'

@description('Base URL for links in emails (opt-out, form), e.g. a custom host name; empty uses the function app\'s https host name.')
param publicBaseUrl string = ''

// ---- secrets ----
// Empty keeps what Key Vault holds: a deployment never regenerates an existing secret (a new token
// key would strand every link and reply address already sent). azd passes the current values back
// (main.parameters.json: secretOrRandomPassword reads the vault and generates only what is missing);
// with the az CLI give them on the first deployment only, see README.md.

@secure()
@description('HMAC secret of POST /api/inbound-email; share it with the mail provider. Empty keeps the stored one (give it on the first deployment).')
param inboundSigningSecret string = ''

@secure()
@description('HMAC key of reply and opt-out tokens; changing it invalidates the links in every email already sent. Empty keeps the stored one (give it on the first deployment).')
param tokenSigningKey string = ''

// ---- network ----

@description('Require private endpoints: storage and Key Vault close their public endpoints and are reached through private endpoints in a virtual network the app is integrated with. Off by default (public endpoints, Entra ID only).')
param privateNetworking bool = false

// ---- access by role (README.md, "HTTP API") ----

@description('Client id of the Entra ID app registration admins sign in to; its app role FollowUp.Admin opens status, cancel, retry and erasure. Empty leaves App Service authentication off and those routes closed (403).')
param adminClientId string = ''

@description('Tenant of the admin app registration; empty means this deployment\'s tenant.')
param adminTenantId string = ''

@description('Create the function key named interviewer on the interviewer routes. A function\'s key needs its code deployed: azure.yaml\'s postdeploy hook turns this on after the first deployment.')
param interviewerKeys bool = false

@secure()
@description('Value of the interviewer key (the form, reports, reactions); kept in Key Vault as followup-interviewer-key. Empty keeps the stored one.')
param interviewerKey string = ''

// ---- inbound email: mail providers' webhooks (each route stays off, 404, until its settings are given) ----

@secure()
@description('Mailgun\'s HTTP webhook signing key; turns on POST /api/inbound-email/mailgun. Kept in Key Vault. Empty leaves the route off.')
param mailgunSigningKey string = ''

@description('User name SendGrid Inbound Parse sends in its URL; with sendGridPassword turns on POST /api/inbound-email/sendgrid.')
param sendGridUsername string = ''

@secure()
@description('Password SendGrid Inbound Parse sends in its URL (at least 16 characters). Kept in Key Vault.')
param sendGridPassword string = ''

@description('User name Postmark sends in its inbound webhook URL; with postmarkPassword turns on POST /api/inbound-email/postmark.')
param postmarkUsername string = ''

@secure()
@description('Password Postmark sends in its inbound webhook URL (at least 16 characters). Kept in Key Vault.')
param postmarkPassword string = ''

// ---- inbound email: Microsoft 365 without code ----

@description('Deploy a Logic App that posts every message of a Microsoft 365 shared mailbox to POST /api/inbound-email/keyed. Turn on after the first code deployment (the function key belongs to the deployed function), then authorize the Office 365 connection once.')
param office365Inbound bool = false

@description('The shared mailbox the Logic App watches; empty means the mailbox of replyAddress.')
param office365SharedMailbox string = ''

@secure()
@description('Value of the function key named inbound on the keyed inbound route, which the Logic App sends. Generated when not given: each provision then rotates it, the Logic App and the key together.')
param inboundFunctionKey string = replace('${newGuid()}${newGuid()}', '-', '')

// ---- policy overrides (the playbook's defaults, docs/playbook.md; ISO 8601 durations) ----

@description('considering: wait after the thank-you email before the status check.')
param replyWindow string = 'P2D'

@description('considering: wait after the status check before closing as no-response.')
param noResponseWindow string = 'P7D'

@description('undecided: wait after the interview before the check-in.')
param nurtureAfter string = 'P3M'

@description('proceed without a date: wait for the booking before escalating again.')
param bookingWindow string = 'P1D'

@description('proceed: reminder before the next interview.')
param reminderBefore string = 'P1D'

@description('How long a case stays open for a new reaction or a late reply once the playbook has done its part.')
param keepOpenFor string = 'P3M'

@description('The longest one orchestration execution waits; longer waits continue as new so histories stay short.')
param maxWaitPerExecution string = 'P3D'

@description('How long a failing step (storage or email service down) is retried before the owner is told and the case waits for POST /api/interviews/{id}/retry.')
param retryFailuresFor string = 'P1D'

@description('First wait between retries of a failing step; it doubles up to retryBackoffCap.')
param retryBackoffStart string = 'PT30S'

@description('Longest wait between retries of a failing step.')
param retryBackoffCap string = 'PT15M'

@description('How long a step may keep failing before the case shows NeedsAttention.')
param needsAttentionAfter string = 'PT5M'

@description('Candidate\'s local hours for follow-ups; 00:00-24:00 means any time.')
param sendWindow string = '09:00-19:00'

@description('IANA time zone used when the candidate gives none.')
param defaultTimeZone string = 'Asia/Tokyo'

// ---- scale ----

@description('Warm instances for the durable trigger group (same-day emails without a cold start); 0 saves the baseline cost.')
@minValue(0)
@maxValue(10)
param durableAlwaysReady int = 1

@description('Warm instances for HTTP triggers (form and API); 0 lets them scale from zero.')
@minValue(0)
@maxValue(10)
param httpAlwaysReady int = 0

@description('Memory per instance in MB; also scales the always-ready baseline cost.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Upper bound on scale-out (Flex Consumption allows 40-1000), which also bounds the bill.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

var tags = { 'azd-env-name': environmentName, application: 'followup' }
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var functionAppName = 'func-followup-${resourceToken}'

// The interviewer routes as the app names them (RouteNames of the routes RouteAccess.Interviewer marks;
// a test holds this list to the route table).
var interviewerFunctionNames = [
  'SubmitInterview'
  'ChangeReaction'
  'ConfirmInterviewDate'
  'ReplaceInterviewSlots'
  'ReportForm'
  'OpenApi'
  'UploadVoice'
]

// The admin app role (AdminAccess.Role) and the routes it opens.
var adminRole = 'FollowUp.Admin'

// The keyed inbound route as the app names it (RouteNames.ReceiveKeyedInboundEmail, RouteTemplates.KeyedInboundEmail).
var keyedInboundFunctionName = 'ReceiveKeyedInboundEmail'
var keyedInboundRoute = 'inbound-email/keyed'

var policy followUpPolicy = {
  replyWindow: replyWindow
  noResponseWindow: noResponseWindow
  nurtureAfter: nurtureAfter
  bookingWindow: bookingWindow
  reminderBefore: reminderBefore
  keepOpenFor: keepOpenFor
  maxWaitPerExecution: maxWaitPerExecution
  retryFailuresFor: retryFailuresFor
  retryBackoffStart: retryBackoffStart
  retryBackoffCap: retryBackoffCap
  needsAttentionAfter: needsAttentionAfter
  sendWindow: sendWindow
  defaultTimeZone: defaultTimeZone
}

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: rg
  params: {
    name: 'id-followup-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  scope: rg
  params: {
    name: 'stfollowup${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package-${resourceToken}'
    privateNetworking: privateNetworking
    appPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  params: {
    logAnalyticsName: 'log-followup-${resourceToken}'
    applicationInsightsName: 'appi-followup-${resourceToken}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
  }
}

module alerts 'modules/alerts.bicep' = {
  scope: rg
  params: {
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    location: location
    tags: tags
    opsEmail: opsEmail
  }
}

module communication 'modules/communication.bicep' = {
  scope: rg
  params: {
    communicationServiceName: 'acs-followup-${resourceToken}'
    emailServiceName: 'ecs-followup-${resourceToken}'
    tags: tags
    dataLocation: communicationDataLocation
    customDomainName: customEmailDomain
    customDomainVerified: customEmailDomainVerified
    customDomainSenderUsername: customDomainSenderUsername
    appPrincipalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  scope: rg
  params: {
    name: 'kv-followup-${take(resourceToken, 11)}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
    privateNetworking: privateNetworking
    inboundSigningSecret: inboundSigningSecret
    tokenSigningKey: tokenSigningKey
    interviewerKey: interviewerKey
    mailgunSigningKey: mailgunSigningKey
    sendGridPassword: sendGridPassword
    postmarkPassword: postmarkPassword
  }
}

module network 'modules/network.bicep' = if (privateNetworking) {
  scope: rg
  params: {
    name: 'vnet-followup-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
  }
}

var effectiveSenderAddress = empty(senderAddress) ? communication.outputs.senderAddress : senderAddress

// The function app module reads outputs of every other module, so it starts only after their
// role assignments exist: storage, Key Vault references and ACS work on the first start.
module functionApp 'modules/functionapp.bicep' = {
  scope: rg
  params: {
    opsEmail: opsEmail
    name: functionAppName
    planName: 'plan-followup-${resourceToken}'
    location: location
    tags: tags
    azdServiceName: 'api'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    acsEndpoint: communication.outputs.endpoint
    emailFrom: empty(senderDisplayName) ? effectiveSenderAddress : '${senderDisplayName} <${effectiveSenderAddress}>'
    replyAddress: replyAddress
    publicBaseUrl: publicBaseUrl
    inboundSigningSecretUri: keyVault.outputs.inboundSigningSecretUri
    tokenSigningKeyUri: keyVault.outputs.tokenSigningKeyUri
    mailgunSigningKeyUri: keyVault.outputs.mailgunSigningKeyUri
    sendGridUsername: sendGridUsername
    sendGridSecretUri: keyVault.outputs.sendGridSecretUri
    postmarkUsername: postmarkUsername
    postmarkSecretUri: keyVault.outputs.postmarkSecretUri
    policy: policy
    durableAlwaysReady: durableAlwaysReady
    httpAlwaysReady: httpAlwaysReady
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    appSubnetId: privateNetworking ? network!.outputs.appSubnetId : ''
    adminClientId: adminClientId
    adminTenantId: empty(adminTenantId) ? tenant().tenantId : adminTenantId
  }
}

module interviewerFunctionKeys 'modules/interviewerkeys.bicep' = if (interviewerKeys && !empty(interviewerKey)) {
  scope: rg
  params: {
    functionAppName: functionApp.outputs.name
    functionNames: interviewerFunctionNames
    keyValue: interviewerKey
  }
}

// Off by default: it needs the deployed function for its key, and a person to authorize the connection.
module office365InboundMail 'modules/office365inbound.bicep' = if (office365Inbound) {
  scope: rg
  params: {
    name: 'logic-followup-inbound-${resourceToken}'
    connectionName: 'office365-followup-${resourceToken}'
    location: location
    tags: tags
    sharedMailbox: empty(office365SharedMailbox) ? replyAddress : office365SharedMailbox
    functionAppName: functionApp.outputs.name
    functionName: keyedInboundFunctionName
    inboundUrl: '${functionApp.outputs.url}/api/${keyedInboundRoute}'
    functionKey: inboundFunctionKey
  }
}

// azd stores outputs in the environment (.azure/<env>/.env); main.parameters.json reads
// AZURE_KEY_VAULT_NAME back to keep the generated secrets on the next provision.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output FOLLOWUP_APP_URL string = functionApp.outputs.url
output FOLLOWUP_PUBLIC_BASE_URL string = functionApp.outputs.publicBaseUrl
// Who holds what (README.md, "HTTP API"). Interviewers: the function key named interviewer, on
// these functions only; its value is the Key Vault secret followup-interviewer-key.
output FOLLOWUP_INTERVIEWER_KEY_NAME string = 'interviewer'
output FOLLOWUP_INTERVIEWER_KEY_SECRET string = 'followup-interviewer-key'
output FOLLOWUP_INTERVIEWER_FUNCTIONS string = join(interviewerFunctionNames, ',')
output FOLLOWUP_INTERVIEWER_KEYS_CREATED bool = interviewerKeys
output FOLLOWUP_FORM_URL_PATTERN string = '${functionApp.outputs.publicBaseUrl}/api/form?code=<interviewer key>'
// Admins: an Entra ID token of the app registration adminClientId with the app role below; no key
// opens these routes. "off" means App Service authentication is off and the admin routes answer 403.
output FOLLOWUP_ADMIN_AUTHENTICATION string = functionApp.outputs.adminAuthentication ? 'entra-id' : 'off'
output FOLLOWUP_ADMIN_APP_ROLE string = adminRole
output FOLLOWUP_ADMIN_TOKEN_SCOPE string = empty(adminClientId) ? '' : 'api://${adminClientId}/.default'
output FOLLOWUP_ADMIN_ROUTES string = 'GET /api/interviews/{id}, DELETE /api/interviews/{id}, POST /api/interviews/{id}/retry, POST /api/erasure-requests, GET /api/erasure-requests/{id}, GET /api/interviews, GET /api/talent-pool, POST /api/talent-pool/{id}/snooze, GET /api/metrics, GET /api/admin'
// The keyed inbound route: the function key named inbound, on that function only (office365Inbound).
output FOLLOWUP_INBOUND_KEY_NAME string = 'inbound'
// The inbound routes check their senders themselves (HMAC, Mailgun's signature, basic credentials): no function key.
output FOLLOWUP_INBOUND_EMAIL_URL string = '${functionApp.outputs.url}/api/inbound-email'
output FOLLOWUP_OFFICE365_CONNECTION_NAME string = office365Inbound ? office365InboundMail!.outputs.connectionName : ''
output FOLLOWUP_SENDER_ADDRESS string = effectiveSenderAddress
output FOLLOWUP_ACS_ENDPOINT string = communication.outputs.endpoint
output FOLLOWUP_CUSTOM_DOMAIN_DNS_RECORDS object = communication.outputs.customDomainVerificationRecords
