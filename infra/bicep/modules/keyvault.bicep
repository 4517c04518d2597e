// The two HMAC secrets live here and the app reads them through Key Vault references, so no
// secret value ever sits in app settings, the ARM template or the deployment history.

@description('Key Vault name (3-24 letters, digits and dashes, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object = {}

@description('Principal id of the app\'s managed identity.')
param appPrincipalId string

@description('Optional principal id of the person deploying; gets Key Vault Secrets Officer to read the inbound secret for the mail provider and to rotate secrets. Empty skips it.')
param deployerPrincipalId string = ''

@description('Type of the deploying principal.')
@allowed(['User', 'ServicePrincipal', 'Group'])
param deployerPrincipalType string = 'User'

@secure()
@description('HMAC secret that signs POST /api/inbound-email; empty keeps the stored secret.')
param inboundSigningSecret string = ''

@secure()
@description('HMAC key of reply and opt-out tokens; empty keeps the stored secret.')
param tokenSigningKey string = ''

@secure()
@description('The interviewers\' function key; empty keeps the stored secret.')
param interviewerKey string = ''

@secure()
@description('Mailgun\'s HTTP webhook signing key; empty stores no secret.')
param mailgunSigningKey string = ''

@secure()
@description('Password of SendGrid Inbound Parse\'s basic credentials; empty stores no secret.')
param sendGridPassword string = ''

@secure()
@description('Password of Postmark\'s basic credentials; empty stores no secret.')
param postmarkPassword string = ''

@description('Close the public endpoint: only the private endpoint of modules/network.bicep reaches the vault.')
param privateNetworking bool = false

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    // Purge protection on: a deleted secret (the token key above all) can be recovered for the whole
    // retention period and nobody, an attacker included, can destroy it for good before then. The
    // price: `azd down --purge` cannot free the vault's name until the retention period has passed.
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    // App Service resolves Key Vault references from the app's own network: without VNet
    // integration that is the public endpoint (RBAC still decides who reads); with private
    // networking only the private endpoint answers.
    publicNetworkAccess: privateNetworking ? 'Disabled' : 'Enabled'
    networkAcls: {
      defaultAction: privateNetworking ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
      ipRules: []
      virtualNetworkRules: []
    }
  }
}

// Written only when a value is given: a deployment never replaces a stored secret with a new one.
resource inboundSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(inboundSigningSecret)) {
  parent: vault
  name: 'followup-inbound-signing-secret'
  properties: {
    value: inboundSigningSecret
    contentType: 'text/plain'
  }
}

resource tokenKey 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(tokenSigningKey)) {
  parent: vault
  name: 'followup-tokens-signing-key'
  properties: {
    value: tokenSigningKey
    contentType: 'text/plain'
  }
}

resource interviewerSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(interviewerKey)) {
  parent: vault
  name: 'followup-interviewer-key'
  properties: {
    value: interviewerKey
    contentType: 'text/plain'
  }
}

// The providers' credentials exist only for the providers in use; their routes stay off (404) otherwise.
resource mailgunKey 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(mailgunSigningKey)) {
  parent: vault
  name: 'followup-mailgun-signing-key'
  properties: {
    value: mailgunSigningKey
    contentType: 'text/plain'
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(sendGridPassword)) {
  parent: vault
  name: 'followup-sendgrid-password'
  properties: {
    value: sendGridPassword
    contentType: 'text/plain'
  }
}

resource postmarkSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(postmarkPassword)) {
  parent: vault
  name: 'followup-postmark-password'
  properties: {
    value: postmarkPassword
    contentType: 'text/plain'
  }
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource deployerManagesSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(vault.id, deployerPrincipalId, keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
  }
}

output name string = vault.name
// Unversioned URIs: the app follows a rotated secret without a redeploy.
// Built from the names, so they hold whether this deployment wrote the secret or kept the stored one.
output inboundSigningSecretUri string = '${vault.properties.vaultUri}secrets/followup-inbound-signing-secret'
output tokenSigningKeyUri string = '${vault.properties.vaultUri}secrets/followup-tokens-signing-key'
// Empty for a provider not in use.
output mailgunSigningKeyUri string = mailgunKey.?properties.secretUri ?? ''
output sendGridSecretUri string = sendGridSecret.?properties.secretUri ?? ''
output postmarkSecretUri string = postmarkSecret.?properties.secretUri ?? ''
