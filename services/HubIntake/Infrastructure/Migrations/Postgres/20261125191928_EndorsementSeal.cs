using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EndorsementSeal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "InterviewedAt",
                table: "Applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SignedEndorsement",
                table: "Applications",
                type: "bytea",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EndorsementCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EndorsementCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "SealCredentials",
                columns: table => new
                {
                    SerialNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Certificate = table.Column<byte[]>(type: "bytea", nullable: false),
                    EncryptedKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    NotAfter = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SealCredentials", x => x.SerialNumber);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_EndorsementNumber",
                table: "Applications",
                column: "EndorsementNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SealCredentials_NotAfter",
                table: "SealCredentials",
                column: "NotAfter");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EndorsementCounters");

            migrationBuilder.DropTable(
                name: "SealCredentials");

            migrationBuilder.DropIndex(
                name: "IX_Applications_EndorsementNumber",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "InterviewedAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SignedEndorsement",
                table: "Applications");
        }
    }
}
