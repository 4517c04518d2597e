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

// Sending email with Entra ID needs exactly these actions on the Communication Services resource
// (Microsoft Learn, "Assign a role to a Microsoft Entra application for SMTP authentication"; the
// REST send is authorized the same way). No built-in role is narrower than "Communication and
// Email Service Owner", which may also delete the resource, regenerate its keys and manage domains, so
// the app gets a custom role with these alone, assignable in this resource group only.
var emailSenderActions = [
  'Microsoft.Communication/CommunicationServices/Read'
  'Microsoft.Communication/CommunicationServices/Write'
  'Microsoft.Communication/EmailServices/write'
]

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

resource emailSender 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, 'followup-email-sender')
  properties: {
    // Role names are unique in the tenant: one per resource group.
    roleName: 'FollowUp email sender (${resourceGroup().name})'
    description: 'Sends email through the Communication Services resource of FollowUp; nothing else.'
    type: 'CustomRole'
    assignableScopes: [
      resourceGroup().id
    ]
    permissions: [
      {
        actions: emailSenderActions
        notActions: []
        dataActions: []
        notDataActions: []
      }
    ]
  }
}

resource appSendsEmail 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(communicationService.id, appPrincipalId, emailSender.id)
  scope: communicationService
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', emailSender.name)
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
