using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Approval.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddCaseStage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StageEnteredAt",
                table: "RpApplications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StageName",
                table: "RpApplications",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StageOpen",
                table: "RpApplications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_RpApplications_StageOpen_StageName",
                table: "RpApplications",
                columns: new[] { "StageOpen", "StageName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RpApplications_StageOpen_StageName",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "StageEnteredAt",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "StageName",
                table: "RpApplications");

            migrationBuilder.DropColumn(
                name: "StageOpen",
                table: "RpApplications");
        }
    }
}
