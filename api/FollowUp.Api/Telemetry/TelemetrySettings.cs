namespace FollowUp.Api.Telemetry;

/// <summary>
/// The settings telemetry reads, under the names the Azure Monitor and OpenTelemetry SDKs document
/// (so the Functions host, the worker and any collector agree on them).
/// </summary>
public static class TelemetrySettings
{
    /// <summary>Set by the Bicep in Azure: export traces, metrics and logs to that Application Insights.</summary>
    public const string ApplicationInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary><c>Authorization=AAD;ClientId=…</c>: Application Insights with local auth off takes Entra ID tokens only.</summary>
    public const string ApplicationInsightsAuthentication = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>Set (e.g. <c>http://localhost:4317</c>) to export over OTLP to a collector, Jaeger or the Aspire dashboard.</summary>
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The service name on every span and metric; <see cref="DefaultServiceName"/> when unset.</summary>
    public const string ServiceName = "OTEL_SERVICE_NAME";

    public const string DefaultServiceName = "FollowUp";
}
