using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Arrival.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FingerprintGallery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FingerprintIndexKeys");

            migrationBuilder.CreateTable(
                name: "FingerprintRegistrations",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Keys = table.Column<byte[]>(type: "varbinary(max)", maxLength: 30600, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FingerprintRegistrations", x => x.Sequence);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FingerprintRegistrations_CaseId",
                table: "FingerprintRegistrations",
                column: "CaseId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FingerprintRegistrations");

            migrationBuilder.CreateTable(
                name: "FingerprintIndexKeys",
                columns: table => new
                {
                    Key = table.Column<int>(type: "int", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Iin = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FingerprintIndexKeys", x => new { x.Key, x.CaseId, x.Position });
                });

            migrationBuilder.CreateIndex(
                name: "IX_FingerprintIndexKeys_CaseId",
                table: "FingerprintIndexKeys",
                column: "CaseId");
        }
    }
}
