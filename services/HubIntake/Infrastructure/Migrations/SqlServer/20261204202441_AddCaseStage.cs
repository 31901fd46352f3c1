using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.HubIntake.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddCaseStage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StageEnteredAt",
                table: "Applications",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StageName",
                table: "Applications",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StageOpen",
                table: "Applications",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_StageOpen_StageName",
                table: "Applications",
                columns: new[] { "StageOpen", "StageName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_StageOpen_StageName",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageEnteredAt",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageName",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StageOpen",
                table: "Applications");
        }
    }
}
