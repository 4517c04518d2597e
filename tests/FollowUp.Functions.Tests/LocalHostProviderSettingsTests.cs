using System.Text.Json;
using DurableTask.AzureStorage;
using FollowUp.LocalHost;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace FollowUp.Functions.Tests;

/// <summary>
/// The local host stands in for the Functions host, so its Azure Storage provider must be tuned as
/// host.json tunes the Azure app's: the same concurrency, partitions and polling, and a clear stop
/// at start-up for a value the provider cannot use.
/// </summary>
public sealed class LocalHostProviderSettingsTests
{
    [Fact]
    public void Local_host_defaults_are_the_values_host_json_gives_the_Azure_app()
    {
        // Arrange
        using var hostJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(FollowUp.Testing.RepositoryRoot.Path, "host.json")));
        var durable = hostJson.RootElement.GetProperty("extensions").GetProperty("durableTask");
        var provider = durable.GetProperty("storageProvider");

        // Act
        var local = DurableBackend.StorageOf(new LocalHostOptions());

        // Assert
        Assert.Equal(durable.GetProperty("maxConcurrentActivityFunctions").GetInt32(), local.MaxConcurrentActivities);
        Assert.Equal(durable.GetProperty("maxConcurrentOrchestratorFunctions").GetInt32(), local.MaxConcurrentOrchestrations);
        Assert.Equal(provider.GetProperty("partitionCount").GetInt32(), local.PartitionCount);
        Assert.Equal(provider.GetProperty("controlQueueBatchSize").GetInt32(), local.ControlQueueBatchSize);
        Assert.Equal(TimeSpan.Parse(provider.GetProperty("maxQueuePollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture), local.MaxQueuePollingInterval);
    }

    [Fact]
    public void The_provider_runs_as_many_activities_and_episodes_at_once_as_configured()
    {
        // Arrange
        var options = new LocalHostOptions { MaxConcurrentActivities = 37, MaxConcurrentOrchestrations = 23 };
        var settings = new DurableBackendSettings
        {
            ConnectionString = "UseDevelopmentStorage=true",
            TaskHub = "settingscheck",
            WorkerId = "settings-check",
            SidecarPort = 1,
            Storage = DurableBackend.StorageOf(options),
        };

        // Act
        var service = DurableBackend.CreateOrchestrationService(settings, NullLoggerFactory.Instance);

        // Assert
        Assert.Equal(37, service.MaxConcurrentTaskActivityWorkItems);
        Assert.Equal(23, service.MaxConcurrentTaskOrchestrationWorkItems);
    }

    [Theory]
    [InlineData(0, 50, "MaxConcurrentActivities")]
    [InlineData(50, -1, "MaxConcurrentOrchestrations")]
    public void A_limit_below_one_stops_the_local_host_naming_the_setting(int activities, int orchestrations, string setting)
    {
        // Arrange
        var options = new LocalHostOptions { MaxConcurrentActivities = activities, MaxConcurrentOrchestrations = orchestrations };

        // Act
        var failure = Assert.Throws<InvalidOperationException>(() => DurableBackend.StorageOf(options));

        // Assert
        Assert.Contains($"FollowUp:Local:{setting}", failure.Message, StringComparison.Ordinal);
    }
}
