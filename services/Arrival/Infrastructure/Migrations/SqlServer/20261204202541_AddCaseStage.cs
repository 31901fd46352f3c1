using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Arrival.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddCaseStage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StageEnteredAt",
                table: "Arrivals",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StageName",
                table: "Arrivals",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StageOpen",
                table: "Arrivals",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Arrivals_StageOpen_StageName",
                table: "Arrivals",
                columns: new[] { "StageOpen", "StageName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Arrivals_StageOpen_StageName",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "StageEnteredAt",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "StageName",
                table: "Arrivals");

            migrationBuilder.DropColumn(
                name: "StageOpen",
                table: "Arrivals");
        }
    }
}
