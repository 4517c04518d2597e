using FollowUp.Storage;
using FollowUp.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Api.Tests.Support;

/// <summary>The route host with the Table Storage stores on an Azurite of its own, for the routes that read lists.</summary>
public sealed class TableApiHost : ApiHost
{
    private AzuriteServer? _azurite;

    public override async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    protected override void Configure(IServiceCollection services, IConfiguration configuration)
    {
        var tables = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = _azurite!.ConnectionString,
                [TableStorageServiceCollectionExtensions.TablePrefixKey] = "Admin" + Guid.NewGuid().ToString("N")[..12],
            })
            .Build();
        services.AddFollowUpTableStorage(tables);
    }
}
