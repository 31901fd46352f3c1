using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Approval.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffRegisterSignedFilingAndActingOfficers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FilingDigest",
                table: "RpApplications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "FilingSignature",
                table: "RpApplications",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FilingSignerCertificateSerial",
                table: "RpApplications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SignedFiling",
                table: "RpApplications",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "ReapplicationBans",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StaffRoleGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Iin = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffRoleGrants", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StaffRoleGrants_Iin_Role",
                table: "StaffRoleGrants",
                columns: new[] { "Iin", "Role" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StaffRoleGrants");

            migrationBuilder.DropColumn(
                name: "FilingDigest",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "FilingSignature",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "FilingSignerCertificateSerial",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "SignedFiling",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "RecordedBy",
                table: "ReapplicationBans");
        }
    }
}
