using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NomadPlatform.Notifications.Infrastructure.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddAuditSeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditSeals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ChainIndex = table.Column<long>(type: "bigint", nullable: false),
                    HeadHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: false),
                    SealedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Bin = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    CertificateSerial = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Signature = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SealCredentials",
                columns: table => new
                {
                    SerialNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Certificate = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    EncryptedKey = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    NotAfter = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SealCredentials", x => x.SerialNumber);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditSeals_ChainIndex",
                table: "AuditSeals",
                column: "ChainIndex",
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
                name: "AuditSeals");

            migrationBuilder.DropTable(
                name: "SealCredentials");
        }
    }
}
