using FollowUp.Testing;

namespace FollowUp.Storage.Tests.Support;

/// <summary>One Azurite for every table test; each test isolates itself with its own table prefix.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteServer>
{
    public const string Name = "Azurite";
}
