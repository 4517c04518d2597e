using System.Net.Http.Headers;
using Azure.Monitor.OpenTelemetry.Exporter;
using FollowUp.Orchestrations.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FollowUp.Api.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The Azure.Core switch that makes Azure SDK clients publish ActivitySource spans.</summary>
    private const string AzureActivitySourceSwitch = "Azure.Experimental.EnableActivitySource";

    /// <summary>
    /// OpenTelemetry as both hosts compose it: FollowUp's spans and meter, the Durable Task SDK's
    /// spans, Azure SDK and HTTP client calls, logs with their scopes; exported to Application
    /// Insights when its connection string is set and over OTLP when an endpoint is, else nowhere.
    /// A host adds its own inbound instrumentation to the builder returned (ASP.NET Core, Functions).
    /// </summary>
    public static OpenTelemetryBuilder AddFollowUpTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        AppContext.SetSwitch(AzureActivitySourceSwitch, true);

        var serviceName = configuration[TelemetrySettings.ServiceName] is { Length: > 0 } name ? name : TelemetrySettings.DefaultServiceName;
        var builder = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource(FollowUpTelemetry.Name, FollowUpTelemetry.DurableTaskSource, FollowUpTelemetry.AzureSdkSources)
                .AddHttpClientInstrumentation(http => http.FilterHttpRequestMessage = request => !IsGrpc(request.Content?.Headers.ContentType))
                // Before any exporter: processors run in the order they were added.
                .AddProcessor<InterviewIdProcessor>()
                .AddProcessor<PersonalDataRedactor>())
            .WithMetrics(metrics => metrics.AddMeter(FollowUpTelemetry.Name))
            .WithLogging(configureBuilder: null, configureOptions: logging =>
            {
                logging.IncludeScopes = true;
                logging.IncludeFormattedMessage = true;
            });

        if (configuration[TelemetrySettings.ApplicationInsightsConnectionString] is { Length: > 0 } connectionString)
        {
            var credential = ApplicationInsightsCredential.From(configuration[TelemetrySettings.ApplicationInsightsAuthentication]);
            builder.UseAzureMonitorExporter(exporter =>
            {
                exporter.ConnectionString = connectionString;
                exporter.Credential = credential;
            });
        }

        if (configuration[TelemetrySettings.OtlpEndpoint] is { Length: > 0 })
        {
            builder.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// The Durable Task worker and client talk gRPC over long-lived HTTP/2 streams; a span per poll
    /// would bury the calls that matter. The SDK's own spans carry the trace across instead.
    /// </summary>
    internal static bool IsGrpc(MediaTypeHeaderValue? contentType) =>
        contentType?.MediaType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
}
