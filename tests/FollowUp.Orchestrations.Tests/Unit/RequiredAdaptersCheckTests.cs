using FollowUp.Orchestrations.Emails;
using FollowUp.Orchestrations.Tests.Support;
using FollowUp.Testing.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FollowUp.Orchestrations.Tests.Unit;

public sealed class RequiredAdaptersCheckTests
{
    [Fact]
    public async Task A_host_without_storage_refuses_to_start_and_says_what_to_register()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddFollowUpPlaybook(new ConfigurationBuilder().Build());
        builder.Services.AddSingleton<IEmailDispatcher>(new RecordingEmailDispatcher());
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("ITimeline", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AddFollowUpTableStorage", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("IEmailDispatcher", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_with_every_adapter_starts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddFollowUpPlaybook(new ConfigurationBuilder().Build());
        builder.Services.AddInMemoryStores();
        builder.Services.AddSingleton<IEmailDispatcher>(new RecordingEmailDispatcher());
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();
    }
}
