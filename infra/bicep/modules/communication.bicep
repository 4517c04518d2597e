// Azure Communication Services Email. An Azure-managed domain works the minute it is deployed;
// a custom domain needs DNS records first, so it is created on request but linked (and used as
// the sender) only once the operator says it is verified.

@description('Communication Services resource name.')
param communicationServiceName string

@description('Email Communication Service resource name.')
param emailServiceName string

@description('Tags for the resources.')
param tags object = {}

@description('Where ACS keeps data at rest; the email service must use the same geography to be linked.')
@allowed([
  'Africa'
  'Asia Pacific'
  'Australia'
  'Brazil'
  'Canada'
  'Europe'
  'France'
  'Germany'
  'India'
  'Japan'
  'Korea'
  'Norway'
  'Switzerland'
  'UAE'
  'UK'
  'United States'
])
param dataLocation string

@description('Custom sender domain such as mail.example.com; empty uses only the Azure-managed domain.')
param customDomainName string = ''

@description('True once the custom domain\'s DNS records are in place and verified; only then is it linked and used as the sender.')
param customDomainVerified bool = false

@description('Local part of the sender address on a custom domain (the Azure-managed domain only offers DoNotReply).')
param customDomainSenderUsername string = 'DoNotReply'

@description('Principal id of the app\'s managed identity.')
param appPrincipalId string

// ACS has no send-only built-in role for Entra ID callers; this one is scoped to this one resource.
var communicationAndEmailServiceOwner = '09976791-48a7-449e-bb21-39d1a415f350'

var hasCustomDomain = !empty(customDomainName)
var useCustomDomain = hasCustomDomain && customDomainVerified

resource emailService 'Microsoft.Communication/emailServices@2025-05-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

resource azureManagedDomain 'Microsoft.Communication/emailServices/domains@2025-05-01' = {
  parent: emailService
  // The service accepts only this name for an Azure-managed domain.
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    // Tracking rewrites links and adds pixels; candidate mail should arrive as written.
    userEngagementTracking: 'Disabled'
  }
}

resource customDomain 'Microsoft.Communication/emailServices/domains@2025-05-01' = if (hasCustomDomain) {
  parent: emailService
  name: hasCustomDomain ? customDomainName : 'unused'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'CustomerManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource customSender 'Microsoft.Communication/emailServices/domains/senderUsernames@2025-05-01' = if (useCustomDomain) {
  parent: customDomain
  name: toLower(customDomainSenderUsername)
  properties: {
    username: customDomainSenderUsername
    displayName: customDomainSenderUsername
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2025-05-01' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    // Access keys off: nobody can fall back to a connection string.
    disableLocalAuth: true
    linkedDomains: useCustomDomain ? [azureManagedDomain.id, customDomain.id] : [azureManagedDomain.id]
  }
}

resource appSendsEmail 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(communicationService.id, appPrincipalId, communicationAndEmailServiceOwner)
  scope: communicationService
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', communicationAndEmailServiceOwner)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output endpoint string = 'https://${communicationService.properties.hostName}'
output senderAddress string = useCustomDomain
  ? '${customDomainSenderUsername}@${customDomainName}'
  : 'DoNotReply@${azureManagedDomain.properties.mailFromSenderDomain}'
// DNS records (Domain, SPF, DKIM, DKIM2, DMARC) to create before setting customDomainVerified.
output customDomainVerificationRecords object = hasCustomDomain ? customDomain!.properties.verificationRecords : {}
