using BenchmarkDotNet.Attributes;
using FollowUp.Email.Dispatch;
using FollowUp.Orchestrations.Emails;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Benchmarks.Micro;

/// <summary>
/// One email from order to ready message, per kind: merge fields, Liquid templates (subject, HTML,
/// text, layout), the signed reply address and opt-out link, and the .ics for a confirmation.
/// Templates are parsed once and cached, as in a running host.
/// </summary>
[MemoryDiagnoser]
public class EmailBenchmarks
{
    private ServiceProvider? _services;
    private EmailComposer? _composer;
    private EmailOrder? _order;

    [ParamsAllValues]
    public EmailKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _services = MicroSamples.EmailServices();
        _composer = _services.GetRequiredService<EmailComposer>();
        _order = MicroSamples.Order(Kind);
        _composer.ComposeAsync(_order).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark(Description = "compose + render")]
    public Task<OutgoingEmail> Render() => _composer!.ComposeAsync(_order!);
}
