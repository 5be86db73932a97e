"""Report files: CSV and PDF, with small counts suppressed for sharing.

Plain Python without Qt; the PDF writer loads reportlab only when used.
"""
