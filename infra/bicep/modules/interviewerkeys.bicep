// The function key named interviewer on each interviewer route (the form, reports, reactions, the
// API document) and on no other: unlike a host key it opens neither the keyed inbound route nor
// anything else. The admin routes take no key at all (Entra ID, see functionapp.bicep).
// A function's keys exist only once its code is deployed: main.bicep deploys this module when
// interviewerKeys is on, which azure.yaml's postdeploy hook turns on after the first deployment.

@description('Function app name.')
param functionAppName string

@description('The interviewer routes\' function names (RouteNames of the routes RouteAccess.Interviewer marks).')
param functionNames string[]

@secure()
@description('The key\'s value, the same on every interviewer function, so interviewers hold one key.')
param keyValue string

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource functions 'Microsoft.Web/sites/functions@2024-11-01' existing = [
  for functionName in functionNames: {
    parent: site
    name: functionName
  }
]

resource keys 'Microsoft.Web/sites/functions/keys@2024-11-01' = [
  for (functionName, i) in functionNames: {
    parent: functions[i]
    name: 'interviewer'
    value: keyValue
  }
]
