using FollowUp.Orchestrations;
using FollowUp.Orchestrations.Storage;
using FollowUp.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Storage.Tests;

public sealed class TableStorageRegistrationTests
{
    private const string Azurite = "UseDevelopmentStorage=true";

    [Fact]
    public void Missing_storage_settings_stop_the_registration_with_an_error_naming_the_keys()
    {
        var configuration = Stores.Configuration();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddFollowUpTableStorage(configuration));

        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__tableServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_reported_without_repeating_it()
    {
        const string secret = "AccountName=acct;AccountKey=c2VjcmV0LWtleQ==;NotAThing";
        var configuration = Stores.Configuration(("AzureWebJobsStorage", secret));

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddFollowUpTableStorage(configuration));

        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LWtleQ", error.Message, StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public void An_invalid_table_prefix_is_refused_at_registration()
    {
        var configuration = Stores.Configuration(("AzureWebJobsStorage", Azurite), (TableStorageServiceCollectionExtensions.TablePrefixKey, "follow-up"));

        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddFollowUpTableStorage(configuration));

        Assert.Contains("FollowUp:Storage:TablePrefix", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Table_stores_are_the_ones_resolved_whatever_the_registration_order(bool playbookFirst)
    {
        var configuration = Stores.Configuration(("AzureWebJobsStorage", Azurite));
        var services = new ServiceCollection();

        if (playbookFirst)
        {
            services.AddFollowUpPlaybook(configuration).AddFollowUpTableStorage(configuration);
        }
        else
        {
            services.AddFollowUpTableStorage(configuration).AddFollowUpPlaybook(configuration);
        }

        using var provider = services.BuildServiceProvider();
        Assert.IsType<TableInterviewStore>(provider.GetRequiredService<IInterviewStore>());
        Assert.IsType<TableTalentPool>(provider.GetRequiredService<ITalentPool>());
        Assert.IsType<TableRetrospectiveStore>(provider.GetRequiredService<IRetrospectiveStore>());
        Assert.IsType<TableTimeline>(provider.GetRequiredService<ITimeline>());
        Assert.IsType<TableInboundMessageLog>(provider.GetRequiredService<IInboundMessageLog>());
        Assert.IsType<TableWebhookTokenLog>(provider.GetRequiredService<IWebhookTokenLog>());
        Assert.IsType<TableSlotStore>(provider.GetRequiredService<ISlotStore>());
        Assert.Single(services, d => d.ServiceType == typeof(IInterviewStore));
    }

    [Fact]
    public void Without_table_storage_the_playbook_registers_no_store_of_its_own()
    {
        using var provider = new ServiceCollection().AddFollowUpPlaybook(Stores.Configuration()).BuildServiceProvider();

        // A silent in-memory fallback would lose every case on restart; the start-up check names what is missing instead.
        Assert.Null(provider.GetService<IInboundMessageLog>());
        Assert.Null(provider.GetService<IWebhookTokenLog>());
        Assert.Null(provider.GetService<IInterviewStore>());
    }

    [Fact]
    public void Every_store_shares_one_table_service_client_with_the_default_prefix()
    {
        var configuration = Stores.Configuration(("AzureWebJobsStorage", Azurite));
        using var provider = new ServiceCollection().AddFollowUpTableStorage(configuration).BuildServiceProvider();

        var tables = provider.GetRequiredService<FollowUpTables>();

        Assert.Same(tables, provider.GetRequiredService<FollowUpTables>());
        Assert.Equal("FollowUp", tables.Prefix);
    }

    [Fact]
    public void The_identity_based_setting_points_the_client_at_the_table_endpoint()
    {
        var configuration = Stores.Configuration(
            ("AzureWebJobsStorage:tableServiceUri", "https://followupdata.table.core.windows.net"),
            ("AzureWebJobsStorage:blobServiceUri", "https://followupdata.blob.core.windows.net"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001"));
        using var provider = new ServiceCollection().AddFollowUpTableStorage(configuration).BuildServiceProvider();

        var tables = provider.GetRequiredService<FollowUpTables>();

        Assert.Equal(new Uri("https://followupdata.table.core.windows.net"), tables.Service.Uri);
        Assert.Equal("followupdata", tables.Service.AccountName);
    }

    [Fact]
    public void Voice_recordings_live_in_the_named_private_container_of_the_blob_endpoint()
    {
        var configuration = Stores.Configuration(
            ("AzureWebJobsStorage:tableServiceUri", "https://followupdata.table.core.windows.net"),
            ("AzureWebJobsStorage:blobServiceUri", "https://followupdata.blob.core.windows.net"));
        using var provider = new ServiceCollection().AddFollowUpTableStorage(configuration).BuildServiceProvider();

        Assert.IsType<BlobVoiceRecordings>(provider.GetRequiredService<FollowUp.Orchestrations.Storage.IVoiceRecordings>());
    }

    [Theory]
    [InlineData("Voice")]
    [InlineData("v")]
    [InlineData("voice--recordings")]
    public void A_voice_container_name_blob_storage_refuses_stops_the_registration(string name)
    {
        var configuration = Stores.Configuration(("AzureWebJobsStorage", "UseDevelopmentStorage=true"), (TableStorageServiceCollectionExtensions.VoiceContainerKey, name));

        var failure = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddFollowUpTableStorage(configuration));

        Assert.Contains(TableStorageServiceCollectionExtensions.VoiceContainerKey, failure.Message, StringComparison.Ordinal);
    }
}
