using Azure.Core;

namespace FollowUp.Email.Acs;

/// <summary>Mirrors Azure.Communication.Email's <c>EmailClientOptions</c>: retry, transport and API version.</summary>
public sealed class EmailClientOptions : ClientOptions
{
    public EmailClientOptions(ServiceVersion version = LatestVersion)
    {
        Version = version switch
        {
            ServiceVersion.V2023_03_31 => "2023-03-31",
            ServiceVersion.V2025_09_01 => "2025-09-01",
            _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Unknown ACS Email API version."),
        };
    }

    public enum ServiceVersion
    {
#pragma warning disable CA1707 // The SDK names versions this way; keeping the names keeps the swap one-for-one.
        V2023_03_31 = 1,
        V2025_09_01 = 2,
#pragma warning restore CA1707
    }

    internal const ServiceVersion LatestVersion = ServiceVersion.V2025_09_01;

    internal string Version { get; }
}
