using FollowUp.Testing;

namespace FollowUp.EndToEnd.Tests.Support;

/// <summary>One Azurite for the end-to-end tests; each test gets its own host, data folder and task hub on it.</summary>
[CollectionDefinition(Name)]
public sealed class OnAzurite : ICollectionFixture<AzuriteServer>
{
    public const string Name = "Local host on Azurite";
}
