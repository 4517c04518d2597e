// Storage for the Functions host, the Durable Task hub (blobs, queues, tables) and the app's
// own tables. Shared keys are off: every caller, the host included, signs in with Entra ID.

@description('Storage account name (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object = {}

@description('Blob container that Flex Consumption deploys the app package from.')
param deploymentContainerName string

@description('Private blob container of the interviewers\' voice feedback; the app streams it to the listening page itself (FollowUp:Storage:VoiceContainer).')
param voiceContainerName string = 'voice-recordings'

@description('Principal id of the app\'s managed identity.')
param appPrincipalId string

@description('Optional principal id of the person deploying, for looking at tables and blobs while debugging. Empty skips it.')
param deployerPrincipalId string = ''

@description('Type of the deploying principal.')
@allowed(['User', 'ServicePrincipal', 'Group'])
param deployerPrincipalType string = 'User'

@description('Close the public endpoint: only the private endpoints of modules/network.bicep reach the account.')
param privateNetworking bool = false

// Durable's Azure Storage backend keeps leases and history in blobs, work items in queues and
// instance state in tables, so the identity needs all three data roles.
var roles = {
  blobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    // Portal and Storage Explorer then use Entra ID too instead of asking for a key that is off.
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    // Flex Consumption without VNet integration reaches storage over its public endpoint, which
    // then stays open (to Entra ID callers only: shared keys are off); with private networking
    // the app comes through its virtual network and the public endpoint is closed.
    publicNetworkAccess: privateNetworking ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: privateNetworking ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
      ipRules: []
      virtualNetworkRules: []
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

// Candidates listen through the app (a signed link, range requests); the container is never public and
// no SAS is made. The identity's Storage Blob Data Owner on the account covers reading, writing and erasing it.
resource voiceContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: voiceContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource appRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in items(roles): {
    name: guid(storage.id, appPrincipalId, role.value)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource deployerRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in items(roles): if (!empty(deployerPrincipalId)) {
    name: guid(storage.id, deployerPrincipalId, role.value)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
      principalId: deployerPrincipalId
      principalType: deployerPrincipalType
    }
  }
]

output name string = storage.name
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
output voiceContainerName string = voiceContainer.name
output deploymentContainerUrl string = '${storage.properties.primaryEndpoints.blob}${deploymentContainer.name}'
